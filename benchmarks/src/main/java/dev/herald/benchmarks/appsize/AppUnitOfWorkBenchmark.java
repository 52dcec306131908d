package dev.herald.benchmarks.appsize;

import dev.herald.benchmarks.Commits;
import dev.herald.benchmarks.HeraldTables;
import dev.herald.benchmarks.Tally;
import dev.herald.benchmarks.app.PizzaOrder;
import dev.herald.benchmarks.app.herald.HeraldAppHandlers;
import dev.herald.runtime.EventBus;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The unit of work at application size: an order aggregate raises three events and a unit of work
 * commits it in memory; the three AFTER_COMMIT handlers run in the committing thread, through the
 * application's one generated table. Its floor (the same work by hand) does not depend on the table
 * and is {@code unitofwork.UnitOfWorkBenchmark.direct}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class AppUnitOfWorkBenchmark {

  /** Herald's bus over the application's table, delivering in the committing thread. */
  @State(Scope.Thread)
  public static class Herald {
    final Tally tally = new Tally();
    final EventBus bus = HeraldTables.synchronousBus(HeraldAppHandlers.table(tally));

    @Setup
    public void warm() {
      AppScenarios.publishEveryType(bus::publish);
    }

    @TearDown
    public void stop() {
      bus.close();
    }
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
