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
 * Cold start at application size, as issue 12 defines it: in a fresh JVM where the application
 * already exists (its event classes loaded and its 210 handler objects created, in the trial's
 * state, as a service's own objects exist before any bus), the time to build the dispatcher over
 * those handlers (Herald's table plus bus, greenrobot's indexed registration, the hand-written
 * references' construction) and deliver the first event, once. Single shot, no warm-up, many forks;
 * the first delivery is included because some buses defer work until then.
 *
 * <p>Containers that create the handlers themselves cannot take them from the state: Dagger's
 * component, Spring's context. Their state creates the same handler classes' objects too, so the
 * classes are loaded and initialised alike, and the measurement includes only what the container
 * adds: for Dagger, its component and the 210 generated factories (classes loaded, objects made)
 * plus the one handler the first event reaches (Dagger makes handlers when first asked); for
 * Spring, its context with its own 210 beans. {@link AppStartupWithHandlersBenchmark} keeps the
 * measurement with the handler creation inside, as it was before.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(20)
public class AppStartupBenchmark {

  /**
   * The application before any bus: every event class loaded, one contender's 210 handlers made.
   */
  public abstract static class App {
    final Tally tally = new Tally();
    Object first;
    List<Object> handlers;

    /** A new handler of each of the contender's classes, adding to {@code tally}. */
    abstract List<Object> create(Tally tally);

    @Setup(Level.Trial)
    public void prepare() {
      AppEvents.all();
      first = AppEvents.singleOrderConfirmed();
      handlers = create(tally);
    }
  }

  /** Herald's handlers (also the references', and the classes Dagger's component creates). */
  @State(Scope.Benchmark)
  public static class HeraldApp extends App {
    @Override
    List<Object> create(Tally tally) {
      return HeraldAppHandlers.create(tally);
    }
  }

  /** greenrobot's handlers. */
  @State(Scope.Benchmark)
  public static class GreenrobotApp extends App {
    @Override
    List<Object> create(Tally tally) {
      return GreenrobotAppHandlers.create(tally);
    }
  }

  /** Guava's handlers. */
  @State(Scope.Benchmark)
  public static class GuavaApp extends App {
    @Override
    List<Object> create(Tally tally) {
      return GuavaAppHandlers.create(tally);
    }
  }

  /** Spring's handler classes, loaded through objects of them; the context makes its own beans. */
  @State(Scope.Benchmark)
  public static class SpringApp extends App {
    @Override
    List<Object> create(Tally tally) {
      return SpringAppHandlers.create(tally);
    }
  }

  /** Axon's handlers. */
  @State(Scope.Benchmark)
  public static class AxonApp extends App {
    @Override
    List<Object> create(Tally tally) {
      return AxonAppHandlers.create(tally);
    }
  }

  /** The floor: the first event's handler called directly, nothing built. */
  @Benchmark
  public long direct(HeraldApp app) {
    for (Object handler : app.handlers) {
      if (handler instanceof HeraldSingleKitchen kitchen) {
        kitchen.on((SingleOrderConfirmed) app.first);
      }
    }
    return app.tally.sum;
  }

  /** Herald without Dagger: the generated table's {@code of(...)} over the handlers, then a bus. */
  @Benchmark
  public EventBus heraldConstructor(HeraldApp app) {
    EventBus bus =
        EventBus.builder(List.of(HeraldAppHandlers.table(app.handlers)))
            .synchronousDelivery()
            .build();
    bus.publish(app.first);
    return bus;
  }

  /**
   * Herald with Dagger: a component over the generated module, then a bus. The component makes its
   * own handlers (the state's are not used): 210 factories now, a handler when first asked.
   */
  @Benchmark
  public EventBus heraldDagger(HeraldApp app) {
    EventBus bus =
        EventBus.builder(DaggerAppComponent.create().tables()).synchronousDelivery().build();
    bus.publish(app.first);
    return bus;
  }

  /** Reference: one hand-written class, handlers as fields, a switch on the class name. */
  @Benchmark
  public long switchReference(HeraldApp app) {
    new AppSwitchDispatcher(app.handlers).dispatch(app.first);
    return app.tally.sum;
  }

  /** Reference: one hand-written class, handlers as fields, an {@code instanceof} chain. */
  @Benchmark
  public long instanceofReference(HeraldApp app) {
    new AppInstanceofDispatcher(app.handlers).dispatch(app.first);
    return app.tally.sum;
  }

  /** greenrobot through the application's generated subscriber index. */
  @Benchmark
  public long greenrobotIndexed(GreenrobotApp app) {
    GreenrobotBus.appIndexed(app.handlers).post(app.first);
    return app.tally.sum;
  }

  @Benchmark
  public long greenrobotReflective(GreenrobotApp app) {
    GreenrobotBus.reflective(app.handlers).post(app.first);
    return app.tally.sum;
  }

  @Benchmark
  public long guava(GuavaApp app) {
    GuavaBus.with(app.handlers).post(app.first);
    return app.tally.sum;
  }

  /** Returns the context: closing it is shutdown, not startup (the fork ends right after). */
  @Benchmark
  public ConfigurableApplicationContext spring(SpringApp app) {
    ConfigurableApplicationContext context = SpringBus.with(app.tally, SpringAppHandlers.types());
    context.publishEvent(app.first);
    return context;
  }

  /** Returns the bus: shutting its processor down is not startup (the fork ends right after). */
  @Benchmark
  public AxonBus axon(AxonApp app) {
    AxonBus bus = AxonBus.with(app.handlers);
    bus.publish(app.first);
    return bus;
  }
}
