package dev.herald.benchmarks.startup;

import dev.herald.benchmarks.Tally;
import dev.herald.benchmarks.peers.AxonBus;
import dev.herald.benchmarks.peers.GreenrobotBus;
import dev.herald.benchmarks.peers.GuavaBus;
import dev.herald.benchmarks.peers.SpringBus;
import dev.herald.benchmarks.scale.OrderConfirmed000;
import dev.herald.benchmarks.scale.axon.AxonScaleHandlers;
import dev.herald.benchmarks.scale.greenrobot.GreenrobotScaleHandlers;
import dev.herald.benchmarks.scale.guava.GuavaScaleHandlers;
import dev.herald.benchmarks.scale.herald.HeraldHandler000;
import dev.herald.benchmarks.scale.herald.HeraldScaleHandlers;
import dev.herald.benchmarks.scale.spring.SpringScaleHandlers;
import dev.herald.runtime.EventBus;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Scenario 5: the time from nothing to a bus with 200 handlers that has delivered its first event,
 * the first time in a JVM. The first delivery is included because some buses defer work until then.
 * The event is created inside the measurement by every contender alike.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(10)
public class StartupBenchmark {

  private static OrderConfirmed000 firstEvent() {
    return new OrderConfirmed000("order-0", "customer-0", 100);
  }

  /** The floor: creating the 200 handler objects and calling the first one. */
  @Benchmark
  public long direct() {
    Tally tally = new Tally();
    List<Object> handlers = HeraldScaleHandlers.create(tally);
    ((HeraldHandler000) handlers.get(0)).on(firstEvent());
    return tally.sum;
  }

  /** Herald without Dagger: the generated table's constructor over the 200 handlers, then a bus. */
  @Benchmark
  public EventBus heraldConstructor() {
    EventBus bus =
        EventBus.builder(List.of(HeraldScaleHandlers.table(new Tally())))
            .synchronousDelivery()
            .build();
    bus.publish(firstEvent());
    return bus;
  }

  /**
   * Herald with Dagger: a component over the generated module (handlers created on first use), then
   * a bus.
   */
  @Benchmark
  public EventBus heraldDagger() {
    EventBus bus =
        EventBus.builder(DaggerScaleComponent.create().tables()).synchronousDelivery().build();
    bus.publish(firstEvent());
    return bus;
  }

  @Benchmark
  public long guava() {
    Tally tally = new Tally();
    GuavaBus.with(GuavaScaleHandlers.create(tally)).post(firstEvent());
    return tally.sum;
  }

  @Benchmark
  public long greenrobotIndexed() {
    Tally tally = new Tally();
    GreenrobotBus.indexed(GreenrobotScaleHandlers.create(tally)).post(firstEvent());
    return tally.sum;
  }

  @Benchmark
  public long greenrobotReflective() {
    Tally tally = new Tally();
    GreenrobotBus.reflective(GreenrobotScaleHandlers.create(tally)).post(firstEvent());
    return tally.sum;
  }

  /** Returns the context: closing it is shutdown, not startup (the fork ends right after). */
  @Benchmark
  public ConfigurableApplicationContext spring() {
    ConfigurableApplicationContext context =
        SpringBus.with(new Tally(), SpringScaleHandlers.types());
    context.publishEvent(firstEvent());
    return context;
  }

  /** Returns the bus: shutting its processor down is not startup (the fork ends right after). */
  @Benchmark
  public AxonBus axon() {
    AxonBus bus = AxonBus.with(AxonScaleHandlers.create(new Tally()));
    bus.publish(firstEvent());
    return bus;
  }
}
