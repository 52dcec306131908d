package dev.herald.benchmarks.single;

import static dev.herald.benchmarks.Deliveries.assertDelivers;

import org.junit.jupiter.api.Test;

/** Every contender of {@link SingleHandlerBenchmark} reaches one handler once per event. */
class SingleHandlerBenchmarkTest {

  private static final long PER_EVENT = 2_500;

  private final SingleHandlerBenchmark benchmark = new SingleHandlerBenchmark();

  @Test
  void directCallsTheHandlers() throws Exception {
    SingleHandlerBenchmark.Direct state = new SingleHandlerBenchmark.Direct();
    assertDelivers("direct", PER_EVENT, () -> benchmark.direct(state));
  }

  @Test
  void heraldTableDelivers() throws Exception {
    SingleHandlerBenchmark.HeraldTable state = new SingleHandlerBenchmark.HeraldTable();
    assertDelivers("heraldTable", PER_EVENT, () -> benchmark.heraldTable(state));
    assertDelivers("heraldTableInvoke", PER_EVENT, () -> benchmark.heraldTableInvoke(state));
  }

  @Test
  void heraldBusDelivers() throws Exception {
    SingleHandlerBenchmark.HeraldBus state = new SingleHandlerBenchmark.HeraldBus();
    try {
      assertDelivers("heraldBus", PER_EVENT, () -> benchmark.heraldBus(state));
    } finally {
      state.stop();
    }
  }

  @Test
  void guavaDelivers() throws Exception {
    SingleHandlerBenchmark.Guava state = new SingleHandlerBenchmark.Guava();
    assertDelivers("guava", PER_EVENT, () -> benchmark.guava(state));
  }

  @Test
  void greenrobotDelivers() throws Exception {
    SingleHandlerBenchmark.Greenrobot state = new SingleHandlerBenchmark.Greenrobot();
    assertDelivers("greenrobot", PER_EVENT, () -> benchmark.greenrobot(state));
  }

  @Test
  void springDelivers() throws Exception {
    SingleHandlerBenchmark.Spring state = new SingleHandlerBenchmark.Spring();
    state.start();
    try {
      assertDelivers("spring", PER_EVENT, () -> benchmark.spring(state));
    } finally {
      state.stop();
    }
  }

  @Test
  void axonDelivers() throws Exception {
    SingleHandlerBenchmark.Axon state = new SingleHandlerBenchmark.Axon();
    try {
      assertDelivers("axon", PER_EVENT, () -> benchmark.axon(state));
    } finally {
      state.stop();
    }
  }
}
