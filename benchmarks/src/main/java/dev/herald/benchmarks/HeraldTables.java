package dev.herald.benchmarks;

import dev.herald.benchmarks.fanout.HeraldHandlers;
import dev.herald.benchmarks.polymorphic.HeraldLedger;
import dev.herald.benchmarks.single.HeraldKitchen;
import dev.herald.benchmarks.unitofwork.OrderHandlers;
import dev.herald.runtime.EventBus;
import dev.herald.runtime.EventContext;
import dev.herald.runtime.generated.HandlerTable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Builds {@link BenchmarksHandlerTable}, the table Herald generates for this module's hand-written
 * scenarios, over one handler per class all adding to one {@link Tally}, and a bus over it.
 */
public final class HeraldTables {

  private HeraldTables() {}

  /** The generated table, through its constructor, as an application without Dagger builds it. */
  public static HandlerTable benchmarks(Tally tally) {
    return new BenchmarksHandlerTable(
        new FixedProvider<>(new HeraldHandlers.Analytics(tally)),
        new FixedProvider<>(new HeraldHandlers.Billing(tally)),
        new FixedProvider<>(new HeraldHandlers.Courier(tally)),
        new FixedProvider<>(new HeraldHandlers.Kitchen(tally)),
        new FixedProvider<>(new HeraldHandlers.Loyalty(tally)),
        new FixedProvider<>(new HeraldLedger(tally)),
        new FixedProvider<>(new HeraldKitchen(tally)),
        new FixedProvider<>(new OrderHandlers.Analytics(tally)),
        new FixedProvider<>(new OrderHandlers.Billing(tally)),
        new FixedProvider<>(new OrderHandlers.Kitchen(tally)));
  }

  /** A bus over the given table that delivers AFTER_COMMIT handlers in the publishing thread. */
  public static EventBus synchronousBus(HandlerTable table) {
    return EventBus.builder(List.of(table)).synchronousDelivery().build();
  }

  /**
   * The context a caller of the table hands to handlers: created once, as the bus would per event.
   */
  public static EventContext sampleContext() {
    return new EventContext(UUID.randomUUID(), null, 0, Instant.now(), 1);
  }
}
