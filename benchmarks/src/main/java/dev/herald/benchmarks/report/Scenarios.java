package dev.herald.benchmarks.report;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The vocabulary of the report: which benchmark (class, and scenario parameter) is which scenario,
 * which method is which contender, in the order tables list them, and which contenders are peers.
 */
final class Scenarios {

  private Scenarios() {}

  static final String APP_ONE = "AppSizeBenchmark:oneHandler";
  static final String APP_FIVE = "AppSizeBenchmark:fiveHandlers";
  static final String APP_INTERFACE = "AppSizeBenchmark:interfaceHandler";
  static final String APP_TABLE = "AppSizeBenchmark:largeTable";
  static final String APP_UNIT_OF_WORK = "AppUnitOfWorkBenchmark";
  static final String APP_ASYNC = "AppAsyncDeliveryBenchmark";
  static final String APP_STARTUP = "AppStartupBenchmark";
  static final String APP_STARTUP_CDS = "AppStartupCdsBenchmark";
  static final String LOOKUP = "AppTableLookupBenchmark";
  static final String SMALL_UNIT_OF_WORK = "UnitOfWorkBenchmark";
  static final String LOOKUP_TITLE =
      "A8. Application size: the table alone (lookup + invoke) for table types 1, 101 and 200 of"
          + " 200";

  /** Scenario key to title, in report order: application size first, then the small table. */
  static final Map<String, String> TITLES =
      orderedMap(
          APP_ONE,
          "A1. Application size: one event type, one handler",
          APP_FIVE,
          "A2. Application size: one event type, five handlers",
          APP_INTERFACE,
          "A3. Application size: handler declared on an interface the event implements",
          APP_TABLE,
          "A4. Application size: the 101st of 200 table types",
          APP_UNIT_OF_WORK,
          "A5. Application size: unit of work, an aggregate raises 3 events and commits in"
              + " memory, AFTER_COMMIT handlers synchronous",
          APP_ASYNC,
          "A6. Application size: async, AFTER_COMMIT delivery on the bus's pool, per-aggregate"
              + " order, 1,000 aggregates; the LMAX Disruptor as the hand-off floor",
          APP_STARTUP,
          "A7. Application size: cold start, table plus bus (or container) over 210 existing"
              + " handlers, deliver one event (fresh JVM, event classes loaded, handlers made in"
              + " the state, single shot)",
          APP_STARTUP_CDS,
          "A7b. Application size: the same cold start, each contender's JVM mapping an AppCDS"
              + " archive that one earlier run of that contender wrote",
          LOOKUP + ":0",
          LOOKUP_TITLE,
          LOOKUP + ":100",
          LOOKUP_TITLE,
          LOOKUP + ":199",
          LOOKUP_TITLE,
          "SingleHandlerBenchmark",
          "S1. Small table (10 routes): one event type, one handler",
          "FiveHandlersBenchmark",
          "S2. Small table (10 routes): one event type, five handlers",
          "InterfaceHandlerBenchmark",
          "S3. Small table (10 routes): handler declared on an interface the event implements",
          SMALL_UNIT_OF_WORK,
          "S6. Small table (10 routes): unit of work, 3 events, AFTER_COMMIT handlers"
              + " synchronous",
          "AsyncDeliveryBenchmark",
          "S7. Small table (10 routes): async, AFTER_COMMIT delivery on an executor,"
              + " per-aggregate order, 1,000 aggregates");

  /** The application-size scenarios measured in time per event, with their short column names. */
  static final Map<String, String> APP_DISPATCH =
      orderedMap(
          APP_ONE, "1 handler",
          APP_FIVE, "5 handlers",
          APP_INTERFACE, "interface handler",
          APP_TABLE, "200-type table");

  /** Issue 12's ceiling for {@code EventBus.publish} per application-size scenario, in ns. */
  static final Map<String, Double> PUBLISH_CEILING_NS =
      Map.of(APP_ONE, 15.0, APP_FIVE, 30.0, APP_INTERFACE, 15.0, APP_TABLE, 15.0);

  /** The small-table scenarios measured in time per event. */
  static final List<String> SMALL_DISPATCH =
      List.of(
          "SingleHandlerBenchmark",
          "FiveHandlersBenchmark",
          "InterfaceHandlerBenchmark",
          SMALL_UNIT_OF_WORK);

  /** Benchmark method to contender label, in report order. */
  static final Map<String, String> CONTENDERS =
      orderedMap(
          "direct", "direct method call (floor)",
          "heraldBus", "Herald: EventBus.publish, synchronous delivery",
          "heraldTable", "Herald: table alone (routesOf + invoke)",
          "heraldTableInvoke", "Herald: table alone, routes cached (invoke)",
          "heraldConstructor", "Herald: table constructor + EventBus",
          "heraldDagger", "Herald: Dagger component + EventBus",
          "heraldUnitOfWork", "Herald: UnitOfWork.commit, synchronous delivery",
          "heraldExecutor", "Herald: UnitOfWork.commit, delivery on the bus's pool",
          "disruptorBlocking", "LMAX Disruptor 4.0.0, blocking wait (floor)",
          "disruptorYielding", "LMAX Disruptor 4.0.0, yielding wait (floor)",
          "switchReference", "reference: one class, switch on the class name",
          "instanceofReference", "reference: one class, instanceof chain",
          "greenrobot", "greenrobot EventBus 3.3.1 (index; calls by reflection)",
          "greenrobotIndexed", "greenrobot EventBus 3.3.1 (index)",
          "greenrobotReflective", "greenrobot EventBus 3.3.1 (reflection)",
          "guava", "Guava EventBus 33.8",
          "spring", "Spring 7.0 @EventListener",
          "axon", "Axon 4.13 SimpleEventBus");

  /** Contenders that are other libraries. */
  static final Set<String> PEERS =
      Set.of("guava", "greenrobot", "greenrobotIndexed", "greenrobotReflective", "spring", "axon");

  static boolean isHerald(String contender) {
    return contender.startsWith("herald");
  }

  static String title(String scenario) {
    return TITLES.getOrDefault(scenario, scenario);
  }

  static String label(String contender) {
    return CONTENDERS.getOrDefault(contender, contender);
  }

  /** Position of a contender in tables; unknown ones go last in name order. */
  static int rank(String contender) {
    int i = List.copyOf(CONTENDERS.keySet()).indexOf(contender);
    return i < 0 ? Integer.MAX_VALUE : i;
  }

  /** Position of a scenario in the report; unknown ones go last in name order. */
  static int scenarioRank(String scenario) {
    int i = List.copyOf(TITLES.keySet()).indexOf(scenario);
    return i < 0 ? Integer.MAX_VALUE : i;
  }

  private static <V> Map<String, V> orderedMap(Object... keysAndValues) {
    Map<String, V> map = new java.util.LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      @SuppressWarnings("unchecked")
      V value = (V) keysAndValues[i + 1];
      map.put((String) keysAndValues[i], value);
    }
    return java.util.Collections.unmodifiableMap(map);
  }
}
