package dev.herald.benchmarks.scale;

import dev.herald.benchmarks.HeraldTables;
import dev.herald.benchmarks.Tally;
import dev.herald.benchmarks.peers.AxonBus;
import dev.herald.benchmarks.peers.GreenrobotBus;
import dev.herald.benchmarks.peers.GuavaBus;
import dev.herald.benchmarks.peers.SpringBus;
import dev.herald.benchmarks.scale.axon.AxonScaleHandlers;
import dev.herald.benchmarks.scale.greenrobot.GreenrobotScaleHandlers;
import dev.herald.benchmarks.scale.guava.GuavaScaleHandlers;
import dev.herald.benchmarks.scale.herald.HeraldHandler100;
import dev.herald.benchmarks.scale.herald.HeraldScaleHandlers;
import dev.herald.benchmarks.scale.spring.SpringScaleHandlers;
import dev.herald.runtime.EventBus;
import dev.herald.runtime.EventContext;
import dev.herald.runtime.generated.HandlerTable;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
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
 * Scenario 4: a bus that knows {@value ScaleEvents#COUNT} event types, each with one handler,
 * dispatching the type in the middle (index {@value #MEASURED_TYPE}).
 *
 * <p>Before measuring, each state publishes every type {@value #WARM_ROUNDS} times, so the JIT has
 * profiled dispatch with all types seen (as in a real service) rather than only the measured one;
 * without that a type-position-dependent lookup would look flat.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class LargeTableBenchmark {

  /** The type measured: the 101st of 200, half way down any list of types. */
  static final int MEASURED_TYPE = 100;

  static final int WARM_ROUNDS = 250;

  /** Publishes every event type the given number of rounds, then the measured event is ready. */
  static Object warmAllTypesThenPick(Consumer<Object> publish) {
    Object[] events = ScaleEvents.all();
    for (int round = 0; round < WARM_ROUNDS; round++) {
      for (Object event : events) {
        publish.accept(event);
      }
    }
    return events[MEASURED_TYPE];
  }

  /** The floor: the measured type's handler called by hand. */
  @State(Scope.Thread)
  public static class Direct {
    final Tally tally = new Tally();
    final HeraldHandler100 handler = new HeraldHandler100(tally);
    final OrderConfirmed100 event = (OrderConfirmed100) ScaleEvents.all()[MEASURED_TYPE];
  }

  /** Herald's generated 200-type table used directly, without the bus. */
  @State(Scope.Thread)
  public static class HeraldTable {
    final Tally tally = new Tally();
    final HandlerTable table = HeraldScaleHandlers.table(tally);
    final EventContext context = HeraldTables.sampleContext();
    final Object event = warmAllTypesThenPick(this::dispatch);

    /** What a caller that caches per type (as the bus does) holds. */
    final int[] routes = table.routesOf(event.getClass());

    void dispatch(Object event) {
      try {
        for (int route : table.routesOf(event.getClass())) {
          table.invoke(route, event, context);
        }
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
  }

  /** Herald's bus over the generated 200-type table, delivering in the publishing thread. */
  @State(Scope.Thread)
  public static class HeraldBus {
    final Tally tally = new Tally();
    final EventBus bus = HeraldTables.synchronousBus(HeraldScaleHandlers.table(tally));
    final Object event = warmAllTypesThenPick(bus::publish);

    @TearDown
    public void stop() {
      bus.close();
    }
  }

  /** Guava's EventBus with this scenario's handlers registered. */
  @State(Scope.Thread)
  public static class Guava {
    final Tally tally = new Tally();
    final com.google.common.eventbus.EventBus bus = GuavaBus.with(GuavaScaleHandlers.create(tally));
    final Object event = warmAllTypesThenPick(bus::post);
  }

  /** greenrobot's EventBus, subscribers found through the generated index. */
  @State(Scope.Thread)
  public static class Greenrobot {
    final Tally tally = new Tally();
    final org.greenrobot.eventbus.EventBus bus =
        GreenrobotBus.indexed(GreenrobotScaleHandlers.create(tally));
    final Object event = warmAllTypesThenPick(bus::post);
  }

  /** A Spring context with this scenario's handlers as beans. */
  @State(Scope.Thread)
  public static class Spring {
    final Tally tally = new Tally();
    AnnotationConfigApplicationContext context;
    Object event;

    @Setup
    public void start() {
      context = SpringBus.with(tally, SpringScaleHandlers.types());
      event = warmAllTypesThenPick(context::publishEvent);
    }

    @TearDown
    public void stop() {
      context.close();
    }
  }

  /** Axon's SimpleEventBus with a subscribing processor over this scenario's handlers. */
  @State(Scope.Thread)
  public static class Axon {
    final Tally tally = new Tally();
    final AxonBus bus = AxonBus.with(AxonScaleHandlers.create(tally));
    final Object event = warmAllTypesThenPick(bus::publish);

    @TearDown
    public void stop() {
      bus.close();
    }
  }

  @Benchmark
  public long direct(Direct s) {
    s.handler.on(s.event);
    return s.tally.sum;
  }

  /** The table alone, per event: look the type's routes up, then invoke each. */
  @Benchmark
  public long heraldTable(HeraldTable s) throws Exception {
    HandlerTable table = s.table;
    for (int route : table.routesOf(s.event.getClass())) {
      table.invoke(route, s.event, s.context);
    }
    return s.tally.sum;
  }

  /** The table alone with the routes looked up once: only the generated switch and handler call. */
  @Benchmark
  public long heraldTableInvoke(HeraldTable s) throws Exception {
    for (int route : s.routes) {
      s.table.invoke(route, s.event, s.context);
    }
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
