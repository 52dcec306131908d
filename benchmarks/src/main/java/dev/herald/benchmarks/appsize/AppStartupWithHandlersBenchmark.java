package dev.herald.benchmarks.appsize;

import dev.herald.benchmarks.Tally;
import dev.herald.benchmarks.app.AppEvents;
import dev.herald.benchmarks.app.AppInstanceofDispatcher;
import dev.herald.benchmarks.app.AppSwitchDispatcher;
import dev.herald.benchmarks.app.SingleOrderConfirmed;
import dev.herald.benchmarks.app.axon.AxonAppHandlers;
import dev.herald.benchmarks.app.greenrobot.GreenrobotAppHandlers;
import dev.herald.benchmarks.app.guava.GuavaAppHandlers;
import dev.herald.benchmarks.app.herald.HeraldAppHandlers;
import dev.herald.benchmarks.app.herald.HeraldSingleKitchen;
import dev.herald.benchmarks.app.spring.SpringAppHandlers;
import dev.herald.benchmarks.peers.AxonBus;
import dev.herald.benchmarks.peers.GreenrobotBus;
import dev.herald.benchmarks.peers.GuavaBus;
import dev.herald.benchmarks.peers.SpringBus;
import dev.herald.runtime.EventBus;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Cold start at application size, handlers included: as {@link AppStartupBenchmark}, but every
 * contender also creates its 210 handler objects, loading their classes, inside the measurement.
 * This is what the startup figures measured before the handlers moved into the state; it is kept so
 * that the two can be compared, and to show what creating the handlers costs next to the bus.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(20)
public class AppStartupWithHandlersBenchmark {

  /** Every event class of the application, loaded before the measurement starts. */
  @State(Scope.Benchmark)
  public static class LoadedEvents {
    Object[] all;
    Object first;

    @Setup(Level.Trial)
    public void load() {
      all = AppEvents.all();
      first = AppEvents.singleOrderConfirmed();
    }
  }

  /** The floor: creating the 210 handler objects and calling the first event's handler. */
  @Benchmark
  public List<Object> direct(LoadedEvents s) {
    Tally tally = new Tally();
    List<Object> handlers = HeraldAppHandlers.create(tally);
    new HeraldSingleKitchen(tally).on((SingleOrderConfirmed) s.first);
    return handlers;
  }

  /** Herald without Dagger: the generated table's constructor over the handlers, then a bus. */
  @Benchmark
  public EventBus heraldConstructor(LoadedEvents s) {
    EventBus bus =
        EventBus.builder(List.of(HeraldAppHandlers.table(new Tally())))
            .synchronousDelivery()
            .build();
    bus.publish(s.first);
    return bus;
  }

  /** Herald with Dagger: a component over the generated module, then a bus. */
  @Benchmark
  public EventBus heraldDagger(LoadedEvents s) {
    EventBus bus =
        EventBus.builder(DaggerAppComponent.create().tables()).synchronousDelivery().build();
    bus.publish(s.first);
    return bus;
  }

  /** Reference: one hand-written class, handlers as fields, a switch on the class name. */
  @Benchmark
  public long switchReference(LoadedEvents s) {
    Tally tally = new Tally();
    new AppSwitchDispatcher(HeraldAppHandlers.create(tally)).dispatch(s.first);
    return tally.sum;
  }

  /** Reference: one hand-written class, handlers as fields, an {@code instanceof} chain. */
  @Benchmark
  public long instanceofReference(LoadedEvents s) {
    Tally tally = new Tally();
    new AppInstanceofDispatcher(HeraldAppHandlers.create(tally)).dispatch(s.first);
    return tally.sum;
  }

  @Benchmark
  public long greenrobotIndexed(LoadedEvents s) {
    Tally tally = new Tally();
    GreenrobotBus.indexed(GreenrobotAppHandlers.create(tally)).post(s.first);
    return tally.sum;
  }

  @Benchmark
  public long greenrobotReflective(LoadedEvents s) {
    Tally tally = new Tally();
    GreenrobotBus.reflective(GreenrobotAppHandlers.create(tally)).post(s.first);
    return tally.sum;
  }

  @Benchmark
  public long guava(LoadedEvents s) {
    Tally tally = new Tally();
    GuavaBus.with(GuavaAppHandlers.create(tally)).post(s.first);
    return tally.sum;
  }

  /** Returns the context: closing it is shutdown, not startup (the fork ends right after). */
  @Benchmark
  public ConfigurableApplicationContext spring(LoadedEvents s) {
    ConfigurableApplicationContext context = SpringBus.with(new Tally(), SpringAppHandlers.types());
    context.publishEvent(s.first);
    return context;
  }

  /** Returns the bus: shutting its processor down is not startup (the fork ends right after). */
  @Benchmark
  public AxonBus axon(LoadedEvents s) {
    AxonBus bus = AxonBus.with(AxonAppHandlers.create(new Tally()));
    bus.publish(s.first);
    return bus;
  }
}
