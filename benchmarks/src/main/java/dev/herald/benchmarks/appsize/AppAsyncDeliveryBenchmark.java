package dev.herald.benchmarks.appsize;

import static dev.herald.benchmarks.async.AsyncDeliveryBenchmark.AGGREGATES;
import static dev.herald.benchmarks.async.AsyncDeliveryBenchmark.EVENTS_PER_INVOCATION;
import static dev.herald.benchmarks.async.AsyncDeliveryBenchmark.ROUNDS;

import com.lmax.disruptor.BlockingWaitStrategy;
import com.lmax.disruptor.WaitStrategy;
import com.lmax.disruptor.YieldingWaitStrategy;
import dev.herald.benchmarks.Commits;
import dev.herald.benchmarks.Tally;
import dev.herald.benchmarks.app.PizzaOrder;
import dev.herald.benchmarks.app.herald.HeraldAppHandlers;
import dev.herald.runtime.EventBus;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
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
 * Async delivery at application size, events per second: {@value
 * dev.herald.benchmarks.async.AsyncDeliveryBenchmark#ROUNDS} rounds over {@value
 * dev.herald.benchmarks.async.AsyncDeliveryBenchmark#AGGREGATES} aggregates, three events each,
 * committed from the benchmark thread and delivered AFTER_COMMIT on the bus's own pool (a thread
 * per core, at least two) in order per aggregate, through the application's one generated table;
 * then the invocation waits for every delivery. The LMAX Disruptor does the same work in the same
 * run as the floor for in-process hand-off ({@link DisruptorPipeline}), with a blocking and a
 * yielding wait strategy.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class AppAsyncDeliveryBenchmark {

  /** As many consumers as Herald's default pool has threads. */
  static final int THREADS = Math.max(2, Runtime.getRuntime().availableProcessors());

  /** Herald's bus on its default pool, warmed with every event type, and the aggregates. */
  @State(Scope.Benchmark)
  public static class Herald {
    final Tally tally = new Tally();
    final EventBus bus = EventBus.builder(List.of(HeraldAppHandlers.table(tally))).build();
    final List<PizzaOrder> orders =
        IntStream.range(0, AGGREGATES).mapToObj(i -> new PizzaOrder("order-" + i)).toList();

    @Setup
    public void warm() throws InterruptedException {
      AppScenarios.publishEveryType(bus::publish);
      if (!bus.awaitIdle(Duration.ofMinutes(1))) {
        throw new IllegalStateException("warm-up deliveries did not finish within a minute");
      }
    }

    @TearDown
    public void stop() {
      bus.close();
    }
  }

  /** The Disruptor with consumers that block (its default wait strategy) while idle. */
  @State(Scope.Benchmark)
  public static class DisruptorBlocking extends Pipeline {
    public DisruptorBlocking() {
      super(new BlockingWaitStrategy());
    }
  }

  /** The Disruptor with consumers that spin, then yield, while idle. */
  @State(Scope.Benchmark)
  public static class DisruptorYielding extends Pipeline {
    public DisruptorYielding() {
      super(new YieldingWaitStrategy());
    }
  }

  /** A running {@link DisruptorPipeline}, stopped at the end of the trial. */
  @State(Scope.Benchmark)
  public abstract static class Pipeline {
    final Tally tally = new Tally();
    final DisruptorPipeline pipeline;

    Pipeline(WaitStrategy waitStrategy) {
      pipeline = new DisruptorPipeline(tally, AGGREGATES, THREADS, waitStrategy);
    }

    @TearDown
    public void stop() {
      pipeline.close();
    }
  }

  @Benchmark
  @OperationsPerInvocation(EVENTS_PER_INVOCATION)
  public long heraldExecutor(Herald s) throws InterruptedException {
    Commits.commitAllAndAwait(
        s.bus, s.orders, ROUNDS, order -> order.placeAndConfirm("customer-7", "margherita", 1_250));
    return s.tally.sum;
  }

  @Benchmark
  @OperationsPerInvocation(EVENTS_PER_INVOCATION)
  public long disruptorBlocking(DisruptorBlocking s) {
    s.pipeline.run(ROUNDS);
    return s.tally.sum;
  }

  @Benchmark
  @OperationsPerInvocation(EVENTS_PER_INVOCATION)
  public long disruptorYielding(DisruptorYielding s) {
    s.pipeline.run(ROUNDS);
    return s.tally.sum;
  }
}
