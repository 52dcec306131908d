package dev.herald.benchmarks.appsize;

import dev.herald.benchmarks.app.AppEvents;
import java.util.function.Consumer;

/**
 * The scenarios measured at application size, by name (the {@code scenario} parameter of the
 * benchmarks), and the warm-up every state runs before measuring.
 */
public final class AppScenarios {

  /** One event type with one handler. */
  public static final String ONE_HANDLER = "oneHandler";

  /** One event type with five handlers (five classes). */
  public static final String FIVE_HANDLERS = "fiveHandlers";

  /** One handler declared on an interface the event implements. */
  public static final String INTERFACE_HANDLER = "interfaceHandler";

  /** The 101st of the 200 table types, after every type was published. */
  public static final String LARGE_TABLE = "largeTable";

  /** The table type measured in {@link #LARGE_TABLE}: the 101st of 200, half way down any list. */
  public static final int MEASURED_TYPE = 100;

  /**
   * How often every event type is published before measuring: enough for the JIT to profile (and
   * compile) dispatch with every type seen, as in a service, rather than only the measured one.
   */
  public static final int WARM_ROUNDS = 250;

  private AppScenarios() {}

  /** A new event of the named scenario. */
  public static Object event(String scenario) {
    return switch (scenario) {
      case ONE_HANDLER -> AppEvents.singleOrderConfirmed();
      case FIVE_HANDLERS -> AppEvents.fanoutOrderConfirmed();
      case INTERFACE_HANDLER -> AppEvents.ledgerOrderConfirmed();
      case LARGE_TABLE -> AppEvents.tableTypes()[MEASURED_TYPE];
      default -> throw new IllegalArgumentException("unknown scenario: " + scenario);
    };
  }

  /** Publishes one event of every type of the application, {@link #WARM_ROUNDS} times over. */
  public static void publishEveryType(Consumer<Object> publish) {
    publishEveryType(publish, WARM_ROUNDS);
  }

  /** Publishes one event of every type of the application, {@code rounds} times over. */
  public static void publishEveryType(Consumer<Object> publish, int rounds) {
    Object[] events = AppEvents.all();
    for (int round = 0; round < rounds; round++) {
      for (Object event : events) {
        publish.accept(event);
      }
    }
  }
}
