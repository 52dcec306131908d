package dev.herald.benchmarks.scale;

import static dev.herald.benchmarks.Deliveries.assertDelivers;

import org.junit.jupiter.api.Test;

/**
 * Every contender of {@link LargeTableBenchmark} reaches the measured type's handler once per
 * event, after the warm-up over all types.
 */
class LargeTableBenchmarkTest {

  private static final long PER_EVENT = 100 + LargeTableBenchmark.MEASURED_TYPE;

  private final LargeTableBenchmark benchmark = new LargeTableBenchmark();

  @Test
  void directCallsTheHandlers() throws Exception {
    LargeTableBenchmark.Direct state = new LargeTableBenchmark.Direct();
    assertDelivers("direct", PER_EVENT, () -> benchmark.direct(state));
  }

  @Test
  void heraldTableDelivers() throws Exception {
    LargeTableBenchmark.HeraldTable state = new LargeTableBenchmark.HeraldTable();
    assertDelivers("heraldTable", PER_EVENT, () -> benchmark.heraldTable(state));
    assertDelivers("heraldTableInvoke", PER_EVENT, () -> benchmark.heraldTableInvoke(state));
  }

  @Test
  void heraldBusDelivers() throws Exception {
    LargeTableBenchmark.HeraldBus state = new LargeTableBenchmark.HeraldBus();
    try {
      assertDelivers("heraldBus", PER_EVENT, () -> benchmark.heraldBus(state));
    } finally {
      state.stop();
    }
  }

  @Test
  void guavaDelivers() throws Exception {
    LargeTableBenchmark.Guava state = new LargeTableBenchmark.Guava();
    assertDelivers("guava", PER_EVENT, () -> benchmark.guava(state));
  }

  @Test
  void greenrobotDelivers() throws Exception {
    LargeTableBenchmark.Greenrobot state = new LargeTableBenchmark.Greenrobot();
    assertDelivers("greenrobot", PER_EVENT, () -> benchmark.greenrobot(state));
  }

  @Test
  void springDelivers() throws Exception {
    LargeTableBenchmark.Spring state = new LargeTableBenchmark.Spring();
    state.start();
    try {
      assertDelivers("spring", PER_EVENT, () -> benchmark.spring(state));
    } finally {
      state.stop();
    }
  }

  @Test
  void axonDelivers() throws Exception {
    LargeTableBenchmark.Axon state = new LargeTableBenchmark.Axon();
    try {
      assertDelivers("axon", PER_EVENT, () -> benchmark.axon(state));
    } finally {
      state.stop();
    }
  }
}
