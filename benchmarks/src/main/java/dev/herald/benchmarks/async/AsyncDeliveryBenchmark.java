package dev.herald.benchmarks.async;

import dev.herald.benchmarks.Commits;
import dev.herald.benchmarks.HeraldTables;
import dev.herald.benchmarks.Tally;
import dev.herald.benchmarks.unitofwork.PizzaOrder;
import dev.herald.runtime.EventBus;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Scenario 7: events per second from commit to handler, with AFTER_COMMIT delivery on the bus's
 * executor (its default pool: one thread per core, at least two) in order per aggregate and
 * handler.
 *
 * <p>One invocation commits {@value #ROUNDS} operations on each of {@value #AGGREGATES} aggregates
 * (three events each) from the benchmark thread, then waits until every delivery has run; the score
 * is events per second, publishing included, on a machine whose cores the publisher shares.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class AsyncDeliveryBenchmark {

  public static final int AGGREGATES = 1_000;
  public static final int ROUNDS = 4;
  public static final int EVENTS_PER_OPERATION = 3;
  public static final int EVENTS_PER_INVOCATION = AGGREGATES * ROUNDS * EVENTS_PER_OPERATION;

  /** Herald's bus on its default executor, and the 1,000 aggregates the benchmark commits. */
  @State(Scope.Benchmark)
  public static class Herald {
    final Tally tally = new Tally();
    EventBus bus;
    List<PizzaOrder> orders;

    @Setup
    public void start() {
      bus = EventBus.builder(List.of(HeraldTables.benchmarks(tally))).build();
      orders =
          java.util.stream.IntStream.range(0, AGGREGATES)
              .mapToObj(i -> new PizzaOrder("order-" + i))
              .toList();
    }

    @TearDown
    public void stop() {
      bus.close();
    }
  }

  @Benchmark
  @OperationsPerInvocation(EVENTS_PER_INVOCATION)
  public long heraldExecutor(Herald s) throws InterruptedException {
    Commits.commitAllAndAwait(
        s.bus, s.orders, ROUNDS, order -> order.placeAndConfirm("customer-7", "margherita", 1_250));
    return s.tally.sum;
  }
}
