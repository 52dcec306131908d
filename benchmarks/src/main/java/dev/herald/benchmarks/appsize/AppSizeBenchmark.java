package dev.herald.benchmarks.appsize;

import dev.herald.benchmarks.HeraldTables;
import dev.herald.benchmarks.TableDispatch;
import dev.herald.benchmarks.Tally;
import dev.herald.benchmarks.app.AppEvents;
import dev.herald.benchmarks.app.FanoutOrderConfirmed;
import dev.herald.benchmarks.app.OrderConfirmed100;
import dev.herald.benchmarks.app.OrderEvent;
import dev.herald.benchmarks.app.SingleOrderConfirmed;
import dev.herald.benchmarks.app.axon.AxonAppHandlers;
import dev.herald.benchmarks.app.greenrobot.GreenrobotAppHandlers;
import dev.herald.benchmarks.app.guava.GuavaAppHandlers;
import dev.herald.benchmarks.app.herald.HeraldAppHandlers;
import dev.herald.benchmarks.app.herald.HeraldFanoutAnalytics;
import dev.herald.benchmarks.app.herald.HeraldFanoutBilling;
import dev.herald.benchmarks.app.herald.HeraldFanoutCourier;
import dev.herald.benchmarks.app.herald.HeraldFanoutKitchen;
import dev.herald.benchmarks.app.herald.HeraldFanoutLoyalty;
import dev.herald.benchmarks.app.herald.HeraldHandler100;
import dev.herald.benchmarks.app.herald.HeraldLedger;
import dev.herald.benchmarks.app.herald.HeraldSingleKitchen;
import dev.herald.benchmarks.app.spring.SpringAppHandlers;
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
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

/**
 * The application-size scenario of issue 12: one event published per operation, per contender, in
 * an application of 210 handler classes and 206 event types (Herald: one generated table), for each
 * {@link Published#scenario}: one handler, five handlers, an interface handler, and the 101st of
 * 200 table types. Every contender's state first publishes every event type ({@link
 * AppScenarios#publishEveryType}); each method returns the tally so no delivery can be dropped.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class AppSizeBenchmark {

  /** The floor: the scenario's handler methods called by hand, one benchmark method each. */
  @State(Scope.Thread)
  public static class Direct {
    final Tally tally = new Tally();
    final SingleOrderConfirmed single = AppEvents.singleOrderConfirmed();
    final HeraldSingleKitchen singleKitchen = new HeraldSingleKitchen(tally);
    final FanoutOrderConfirmed fanout = AppEvents.fanoutOrderConfirmed();
    final HeraldFanoutKitchen kitchen = new HeraldFanoutKitchen(tally);
    final HeraldFanoutBilling billing = new HeraldFanoutBilling(tally);
    final HeraldFanoutLoyalty loyalty = new HeraldFanoutLoyalty(tally);
    final HeraldFanoutAnalytics analytics = new HeraldFanoutAnalytics(tally);
    final HeraldFanoutCourier courier = new HeraldFanoutCourier(tally);
    final OrderEvent shared = AppEvents.ledgerOrderConfirmed();
    final HeraldLedger ledger = new HeraldLedger(tally);
    final OrderConfirmed100 measured =
        (OrderConfirmed100) AppEvents.tableTypes()[AppScenarios.MEASURED_TYPE];
    final HeraldHandler100 measuredHandler = new HeraldHandler100(tally);
  }

  /** Herald's bus over the application's one generated table, delivering in the caller. */
  @State(Scope.Thread)
  public static class HeraldBus extends Published<EventBus> {
    public HeraldBus() {
      super(
          tally -> HeraldTables.synchronousBus(HeraldAppHandlers.table(tally)),
          EventBus::publish,
          EventBus::close);
    }
  }

  /** The application's generated table alone, without the bus: route lookup and invoke. */
  @State(Scope.Thread)
  public static class HeraldTable extends Published<TableDispatch> {
    public HeraldTable() {
      super(
          tally -> new TableDispatch(HeraldAppHandlers.table(tally)),
          TableDispatch::dispatch,
          table -> {});
    }
  }

  /** greenrobot's EventBus with every handler registered through its generated index. */
  @State(Scope.Thread)
  public static class Greenrobot extends Published<org.greenrobot.eventbus.EventBus> {
    public Greenrobot() {
      super(
          tally -> GreenrobotBus.indexed(GreenrobotAppHandlers.create(tally)),
          org.greenrobot.eventbus.EventBus::post,
          bus -> {});
    }
  }

  /** Guava's EventBus with every handler registered. */
  @State(Scope.Thread)
  public static class Guava extends Published<com.google.common.eventbus.EventBus> {
    public Guava() {
      super(
          tally -> GuavaBus.with(GuavaAppHandlers.create(tally)),
          com.google.common.eventbus.EventBus::post,
          bus -> {});
    }
  }

  /** A Spring context with every handler as a bean. */
  @State(Scope.Thread)
  public static class Spring extends Published<AnnotationConfigApplicationContext> {
    public Spring() {
      super(
          tally -> SpringBus.with(tally, SpringAppHandlers.types()),
          AnnotationConfigApplicationContext::publishEvent,
          AnnotationConfigApplicationContext::close);
    }
  }

  /** Axon's SimpleEventBus with a subscribing processor over every handler. */
  @State(Scope.Thread)
  public static class Axon extends Published<AxonBus> {
    public Axon() {
      super(tally -> AxonBus.with(AxonAppHandlers.create(tally)), AxonBus::publish, AxonBus::close);
    }
  }

  @Benchmark
  public long directOneHandler(Direct s) {
    s.singleKitchen.on(s.single);
    return s.tally.sum;
  }

  @Benchmark
  public long directFiveHandlers(Direct s) {
    s.kitchen.on(s.fanout);
    s.billing.on(s.fanout);
    s.loyalty.on(s.fanout);
    s.analytics.on(s.fanout);
    s.courier.on(s.fanout);
    return s.tally.sum;
  }

  @Benchmark
  public long directInterfaceHandler(Direct s) {
    s.ledger.on(s.shared);
    return s.tally.sum;
  }

  @Benchmark
  public long directLargeTable(Direct s) {
    s.measuredHandler.on(s.measured);
    return s.tally.sum;
  }

  /** Herald's synchronous publish: EventBus.publish, AFTER_COMMIT handlers called in the caller. */
  @Benchmark
  public long heraldBus(HeraldBus s) {
    s.target.publish(s.event);
    return s.tally.sum;
  }

  /** The generated table alone: the routes of the event's type looked up, then each invoked. */
  @Benchmark
  public long heraldTable(HeraldTable s) {
    s.target.dispatch(s.event);
    return s.tally.sum;
  }

  @Benchmark
  public long greenrobot(Greenrobot s) {
    s.target.post(s.event);
    return s.tally.sum;
  }

  @Benchmark
  public long guava(Guava s) {
    s.target.post(s.event);
    return s.tally.sum;
  }

  @Benchmark
  public long spring(Spring s) {
    s.target.publishEvent(s.event);
    return s.tally.sum;
  }

  @Benchmark
  public long axon(Axon s) {
    s.target.publish(s.event);
    return s.tally.sum;
  }
}
