package dev.herald.benchmarks.appsize;

import static dev.herald.benchmarks.Deliveries.assertDelivers;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lmax.disruptor.BlockingWaitStrategy;
import dev.herald.benchmarks.Tally;
import dev.herald.benchmarks.async.AsyncDeliveryBenchmark;
import org.junit.jupiter.api.Test;

/**
 * The other application-size benchmarks do their work: the table lookup, the unit of work, async
 * delivery with its Disruptor floor, and cold start.
 */
class AppScenarioBenchmarksTest {

  private static final long PER_OPERATION = 3 * 1_250;

  @Test
  void tableLookupDeliversTheMeasuredType() throws Exception {
    for (int type : new int[] {0, 100, 199}) {
      AppTableLookupBenchmark.Table state = new AppTableLookupBenchmark.Table();
      state.type = type;
      state.warmThenPick();
      assertDelivers(
          "heraldTable, type " + type,
          100 + type,
          () -> new AppTableLookupBenchmark().heraldTable(state));
    }
  }

  @Test
  void unitOfWorkDeliversItsThreeEvents() throws Exception {
    AppUnitOfWorkBenchmark.Herald state = new AppUnitOfWorkBenchmark.Herald();
    try {
      state.warm();
      assertDelivers(
          "heraldUnitOfWork",
          PER_OPERATION,
          () -> new AppUnitOfWorkBenchmark().heraldUnitOfWork(state));
    } finally {
      state.stop();
    }
  }

  @Test
  void heraldAsyncWaitsUntilHandlersRan() throws Exception {
    AppAsyncDeliveryBenchmark.Herald state = new AppAsyncDeliveryBenchmark.Herald();
    try {
      state.warm();
      long before = state.tally.sum;
      long after = new AppAsyncDeliveryBenchmark().heraldExecutor(state);
      // Pool threads share one unsynchronised tally, so updates may be lost; that the invocation
      // returned means awaitIdle saw every delivery finish.
      assertTrue(after > before, "handlers must have run before the invocation returns");
    } finally {
      state.stop();
    }
  }

  @Test
  void disruptorWithOneShardRunsEveryEventBeforeReturning() {
    Tally tally = new Tally();
    try (DisruptorPipeline pipeline =
        new DisruptorPipeline(
            tally, AsyncDeliveryBenchmark.AGGREGATES, 1, new BlockingWaitStrategy())) {
      pipeline.run(AsyncDeliveryBenchmark.ROUNDS);
      // One consumer thread: no lost update, so the sum is exact once run has returned.
      assertEquals(
          (long) AsyncDeliveryBenchmark.ROUNDS * AsyncDeliveryBenchmark.AGGREGATES * PER_OPERATION,
          tally.sum);
    }
  }

  @Test
  void disruptorBenchmarksRunOnEveryShard() {
    AppAsyncDeliveryBenchmark benchmark = new AppAsyncDeliveryBenchmark();
    AppAsyncDeliveryBenchmark.DisruptorBlocking blocking =
        new AppAsyncDeliveryBenchmark.DisruptorBlocking();
    AppAsyncDeliveryBenchmark.DisruptorYielding yielding =
        new AppAsyncDeliveryBenchmark.DisruptorYielding();
    try {
      assertTrue(benchmark.disruptorBlocking(blocking) > 0);
      assertTrue(benchmark.disruptorYielding(yielding) > 0);
    } finally {
      blocking.stop();
      yielding.stop();
    }
  }

  @Test
  void everyColdStartContenderDeliversTheFirstEvent() {
    AppStartupBenchmark benchmark = new AppStartupBenchmark();
    assertEquals(1_000, benchmark.direct(prepared(new AppStartupBenchmark.HeraldApp())));
    assertEquals(1_000, benchmark.switchReference(prepared(new AppStartupBenchmark.HeraldApp())));
    assertEquals(
        1_000, benchmark.instanceofReference(prepared(new AppStartupBenchmark.HeraldApp())));
    assertEquals(
        1_000, benchmark.greenrobotIndexed(prepared(new AppStartupBenchmark.GreenrobotApp())));
    assertEquals(
        1_000, benchmark.greenrobotReflective(prepared(new AppStartupBenchmark.GreenrobotApp())));
    assertEquals(1_000, benchmark.guava(prepared(new AppStartupBenchmark.GuavaApp())));
    AppStartupBenchmark.HeraldApp herald = prepared(new AppStartupBenchmark.HeraldApp());
    try (var bus = benchmark.heraldConstructor(herald)) {
      assertEquals(1_000, herald.tally.sum, "the table calls the state's handlers");
    }
    try (var bus = benchmark.heraldDagger(prepared(new AppStartupBenchmark.HeraldApp()))) {
      assertNotNull(bus);
    }
    AppStartupBenchmark.SpringApp spring = prepared(new AppStartupBenchmark.SpringApp());
    try (var context = benchmark.spring(spring)) {
      assertEquals(1_000, spring.tally.sum);
    }
    AppStartupBenchmark.AxonApp axon = prepared(new AppStartupBenchmark.AxonApp());
    try (var bus = benchmark.axon(axon)) {
      assertEquals(1_000, axon.tally.sum);
    }
  }

  @Test
  void everyColdStartContenderWithItsHandlersDeliversTheFirstEvent() {
    AppStartupWithHandlersBenchmark benchmark = new AppStartupWithHandlersBenchmark();
    AppStartupWithHandlersBenchmark.LoadedEvents events =
        new AppStartupWithHandlersBenchmark.LoadedEvents();
    events.load();
    assertEquals(
        dev.herald.benchmarks.app.herald.HeraldAppHandlers.COUNT, benchmark.direct(events).size());
    assertEquals(1_000, benchmark.switchReference(events));
    assertEquals(1_000, benchmark.instanceofReference(events));
    assertEquals(1_000, benchmark.greenrobotIndexed(events));
    try (var bus = benchmark.heraldConstructor(events)) {
      assertNotNull(bus);
    }
  }

  private static <T extends AppStartupBenchmark.App> T prepared(T app) {
    app.prepare();
    return app;
  }
}
