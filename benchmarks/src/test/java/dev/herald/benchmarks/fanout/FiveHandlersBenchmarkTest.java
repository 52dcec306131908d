package dev.herald.benchmarks.fanout;

import static dev.herald.benchmarks.Deliveries.assertDelivers;

import org.junit.jupiter.api.Test;

/** Every contender of {@link FiveHandlersBenchmark} reaches five handlers once per event. */
class FiveHandlersBenchmarkTest {

  private static final long PER_EVENT = 5 * 2_500;

  private final FiveHandlersBenchmark benchmark = new FiveHandlersBenchmark();

  @Test
  void directCallsTheHandlers() throws Exception {
    FiveHandlersBenchmark.Direct state = new FiveHandlersBenchmark.Direct();
    assertDelivers("direct", PER_EVENT, () -> benchmark.direct(state));
  }

  @Test
  void heraldTableDelivers() throws Exception {
    FiveHandlersBenchmark.HeraldTable state = new FiveHandlersBenchmark.HeraldTable();
    assertDelivers("heraldTable", PER_EVENT, () -> benchmark.heraldTable(state));
    assertDelivers("heraldTableInvoke", PER_EVENT, () -> benchmark.heraldTableInvoke(state));
  }

  @Test
  void heraldBusDelivers() throws Exception {
    FiveHandlersBenchmark.HeraldBus state = new FiveHandlersBenchmark.HeraldBus();
    try {
      assertDelivers("heraldBus", PER_EVENT, () -> benchmark.heraldBus(state));
    } finally {
      state.stop();
    }
  }

  @Test
  void guavaDelivers() throws Exception {
    FiveHandlersBenchmark.Guava state = new FiveHandlersBenchmark.Guava();
    assertDelivers("guava", PER_EVENT, () -> benchmark.guava(state));
  }

  @Test
  void greenrobotDelivers() throws Exception {
    FiveHandlersBenchmark.Greenrobot state = new FiveHandlersBenchmark.Greenrobot();
    assertDelivers("greenrobot", PER_EVENT, () -> benchmark.greenrobot(state));
  }

  @Test
  void springDelivers() throws Exception {
    FiveHandlersBenchmark.Spring state = new FiveHandlersBenchmark.Spring();
    state.start();
    try {
      assertDelivers("spring", PER_EVENT, () -> benchmark.spring(state));
    } finally {
      state.stop();
    }
  }

  @Test
  void axonDelivers() throws Exception {
    FiveHandlersBenchmark.Axon state = new FiveHandlersBenchmark.Axon();
    try {
      assertDelivers("axon", PER_EVENT, () -> benchmark.axon(state));
    } finally {
      state.stop();
    }
  }
}
