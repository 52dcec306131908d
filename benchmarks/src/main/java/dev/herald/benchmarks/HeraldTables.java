package dev.herald.benchmarks;

import dev.herald.benchmarks.fanout.HeraldHandlers;
import dev.herald.benchmarks.polymorphic.HeraldLedger;
import dev.herald.benchmarks.single.HeraldKitchen;
import dev.herald.benchmarks.unitofwork.OrderHandlers;
import dev.herald.runtime.EventBus;
import dev.herald.runtime.generated.HandlerTable;
import java.util.List;

/**
 * Builds {@link BenchmarksHandlerTable}, the small table (10 routes) Herald generates for this
 * module's hand-written scenarios, over one handler per class all adding to one {@link Tally}, and
 * a bus over any table.
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
}
