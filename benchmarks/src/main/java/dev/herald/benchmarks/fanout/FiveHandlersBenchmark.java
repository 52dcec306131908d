package dev.herald.benchmarks.fanout;

import dev.herald.benchmarks.HeraldTables;
import dev.herald.benchmarks.TableDispatch;
import dev.herald.benchmarks.Tally;
import dev.herald.benchmarks.peers.AxonBus;
import dev.herald.benchmarks.peers.GreenrobotBus;
import dev.herald.benchmarks.peers.GuavaBus;
import dev.herald.benchmarks.peers.SpringBus;
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
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

/**
 * Scenario 2: publishing one event to its five handlers, per contender; each method returns the
 * tally so the deliveries cannot be optimised away.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class FiveHandlersBenchmark {

  /** The floor: the five handler methods called by hand. */
  @State(Scope.Thread)
  public static class Direct {
    final OrderConfirmed event = OrderConfirmed.sample();
    final Tally tally = new Tally();
    final HeraldHandlers.Kitchen kitchen = new HeraldHandlers.Kitchen(tally);
    final HeraldHandlers.Billing billing = new HeraldHandlers.Billing(tally);
    final HeraldHandlers.Loyalty loyalty = new HeraldHandlers.Loyalty(tally);
    final HeraldHandlers.Analytics analytics = new HeraldHandlers.Analytics(tally);
    final HeraldHandlers.Courier courier = new HeraldHandlers.Courier(tally);
  }

  /** Herald's generated table used directly, without the bus. */
  @State(Scope.Thread)
  public static class HeraldTable {
    final OrderConfirmed event = OrderConfirmed.sample();
    final Tally tally = new Tally();
    final TableDispatch table =
        new TableDispatch(HeraldTables.benchmarks(tally), OrderConfirmed.class);
  }

  /** Herald's bus over the generated table, delivering in the publishing thread. */
  @State(Scope.Thread)
  public static class HeraldBus {
    final OrderConfirmed event = OrderConfirmed.sample();
    final Tally tally = new Tally();
    final EventBus bus = HeraldTables.synchronousBus(HeraldTables.benchmarks(tally));

    @TearDown
    public void stop() {
      bus.close();
    }
  }

  /** Guava's EventBus with this scenario's handlers registered. */
  @State(Scope.Thread)
  public static class Guava {
    final OrderConfirmed event = OrderConfirmed.sample();
    final Tally tally = new Tally();
    final com.google.common.eventbus.EventBus bus = GuavaBus.with(GuavaHandlers.create(tally));
  }

  /** greenrobot's EventBus, subscribers found through the generated index. */
  @State(Scope.Thread)
  public static class Greenrobot {
    final OrderConfirmed event = OrderConfirmed.sample();
    final Tally tally = new Tally();
    final org.greenrobot.eventbus.EventBus bus =
        GreenrobotBus.indexed(GreenrobotHandlers.create(tally));
  }

  /** A Spring context with this scenario's handlers as beans. */
  @State(Scope.Thread)
  public static class Spring {
    final OrderConfirmed event = OrderConfirmed.sample();
    final Tally tally = new Tally();
    AnnotationConfigApplicationContext context;

    @Setup
    public void start() {
      context = SpringBus.with(tally, SpringHandlers.types());
    }

    @TearDown
    public void stop() {
      context.close();
    }
  }

  /** Axon's SimpleEventBus with a subscribing processor over this scenario's handlers. */
  @State(Scope.Thread)
  public static class Axon {
    final OrderConfirmed event = OrderConfirmed.sample();
    final Tally tally = new Tally();
    final AxonBus bus = AxonBus.with(AxonHandlers.create(tally));

    @TearDown
    public void stop() {
      bus.close();
    }
  }

  @Benchmark
  public long direct(Direct s) {
    s.kitchen.on(s.event);
    s.billing.on(s.event);
    s.loyalty.on(s.event);
    s.analytics.on(s.event);
    s.courier.on(s.event);
    return s.tally.sum;
  }

  /** The table alone, per event: look the type's routes up, then invoke each. */
  @Benchmark
  public long heraldTable(HeraldTable s) {
    s.table.dispatch(s.event);
    return s.tally.sum;
  }

  /**
   * The table alone with the routes looked up once: only the generated switch and handler calls.
   */
  @Benchmark
  public long heraldTableInvoke(HeraldTable s) {
    s.table.dispatchCached(s.event);
    return s.tally.sum;
  }

  /**
   * Herald's synchronous publish path: EventBus.publish with after-commit delivery in this thread.
   */
  @Benchmark
  public long heraldBus(HeraldBus s) {
    s.bus.publish(s.event);
    return s.tally.sum;
  }

  @Benchmark
  public long guava(Guava s) {
    s.bus.post(s.event);
    return s.tally.sum;
  }

  @Benchmark
  public long greenrobot(Greenrobot s) {
    s.bus.post(s.event);
    return s.tally.sum;
  }

  @Benchmark
  public long spring(Spring s) {
    s.context.publishEvent(s.event);
    return s.tally.sum;
  }

  @Benchmark
  public long axon(Axon s) {
    s.bus.publish(s.event);
    return s.tally.sum;
  }
}
