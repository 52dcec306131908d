package dev.herald.benchmarks.report;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The vocabulary of the report: which benchmark class is which scenario of issue 6, which method is
 * which contender, in the order tables list them, and which contenders are peers.
 */
final class Scenarios {

  private Scenarios() {}

  /** Benchmark class simple name to scenario title, in report order. */
  static final Map<String, String> TITLES =
      orderedMap(
          "SingleHandlerBenchmark", "1. One event type, one handler",
          "FiveHandlersBenchmark", "2. One event type, five handlers",
          "InterfaceHandlerBenchmark", "3. Handler declared on an interface the event implements",
          "LargeTableBenchmark", "4. 200 event types, dispatching the 101st",
          "StartupBenchmark",
              "5. Startup: build, register 200 handlers, deliver one event (fresh JVM, single"
                  + " shot)",
          "UnitOfWorkBenchmark",
              "6. Unit of work: an aggregate raises 3 events and commits in memory, AFTER_COMMIT"
                  + " handlers synchronous",
          "AsyncDeliveryBenchmark",
              "7. Async: AFTER_COMMIT delivery on an executor, per-aggregate order, 1,000"
                  + " aggregates");

  /** The scenarios measured in time per event, compared with the direct call and the peers. */
  static final List<String> DISPATCH =
      List.of(
          "SingleHandlerBenchmark",
          "FiveHandlersBenchmark",
          "InterfaceHandlerBenchmark",
          "LargeTableBenchmark");

  /** Benchmark method to contender label, in report order. */
  static final Map<String, String> CONTENDERS =
      orderedMap(
          "direct", "direct method call (floor)",
          "heraldTable", "Herald: generated table (routesOf + invoke)",
          "heraldTableInvoke", "Herald: table, routes cached (invoke)",
          "heraldBus", "Herald: EventBus.publish, synchronous delivery",
          "heraldConstructor", "Herald: table constructor + EventBus",
          "heraldDagger", "Herald: Dagger component + EventBus",
          "heraldUnitOfWork", "Herald: UnitOfWork.commit, synchronous delivery",
          "heraldExecutor", "Herald: UnitOfWork.commit, executor delivery",
          "greenrobot", "greenrobot EventBus 3.3.1 (index)",
          "greenrobotIndexed", "greenrobot EventBus 3.3.1 (index)",
          "greenrobotReflective", "greenrobot EventBus 3.3.1 (reflection)",
          "guava", "Guava EventBus 33.8",
          "spring", "Spring 7.0 @EventListener",
          "axon", "Axon 4.13 SimpleEventBus");

  /** Contenders that are other libraries. */
  static final Set<String> PEERS =
      Set.of("guava", "greenrobot", "greenrobotIndexed", "greenrobotReflective", "spring", "axon");

  /** Peers that find handlers by reflection at startup (greenrobot's index avoids it). */
  static final Set<String> REFLECTIVE_PEERS =
      Set.of("guava", "greenrobotReflective", "spring", "axon");

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

  private static Map<String, String> orderedMap(String... keysAndValues) {
    Map<String, String> map = new java.util.LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put(keysAndValues[i], keysAndValues[i + 1]);
    }
    return java.util.Collections.unmodifiableMap(map);
  }
}
