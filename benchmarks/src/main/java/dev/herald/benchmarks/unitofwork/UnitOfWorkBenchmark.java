package dev.herald.benchmarks.unitofwork;

import dev.herald.benchmarks.Commits;
import dev.herald.benchmarks.HeraldTables;
import dev.herald.benchmarks.Tally;
import dev.herald.runtime.EventBus;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Scenario 6: one business operation: an order aggregate is created, raises three events, and a
 * unit of work commits it in memory; the three AFTER_COMMIT handlers run in the committing thread.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class UnitOfWorkBenchmark {

  /** The floor: the aggregate's event list handed to the handlers by hand. */
  @State(Scope.Thread)
  public static class Direct {
    final Tally tally = new Tally();
    final OrderHandlers.Analytics analytics = new OrderHandlers.Analytics(tally);
    final OrderHandlers.Kitchen kitchen = new OrderHandlers.Kitchen(tally);
    final OrderHandlers.Billing billing = new OrderHandlers.Billing(tally);
  }

  /**
   * Herald's bus over the generated table, delivering AFTER_COMMIT handlers in the committing
   * thread.
   */
  @State(Scope.Thread)
  public static class Herald {
    final Tally tally = new Tally();
    final EventBus bus = HeraldTables.synchronousBus(HeraldTables.benchmarks(tally));

    @TearDown
    public void stop() {
      bus.close();
    }
  }

  @Benchmark
  public long direct(Direct s) {
    DirectOrder order = new DirectOrder("order-1");
    order.placeAndConfirm("customer-7", "margherita", 1_250);
    for (Object event : order.events()) {
      if (event instanceof OrderPlaced placed) {
        s.analytics.on(placed);
      } else if (event instanceof PizzaAdded added) {
        s.kitchen.on(added);
      } else if (event instanceof OrderConfirmed confirmed) {
        s.billing.on(confirmed);
      }
    }
    return s.tally.sum;
  }

  @Benchmark
  public long heraldUnitOfWork(Herald s) {
    Commits.commit(
        s.bus,
        new PizzaOrder("order-1"),
        order -> order.placeAndConfirm("customer-7", "margherita", 1_250));
    return s.tally.sum;
  }
}
