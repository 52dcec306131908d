package dev.herald.benchmarks.polymorphic;

import static dev.herald.benchmarks.Deliveries.assertDelivers;

import org.junit.jupiter.api.Test;

/**
 * Every contender of {@link InterfaceHandlerBenchmark} reaches the interface handler once per
 * event.
 */
class InterfaceHandlerBenchmarkTest {

  private static final long PER_EVENT = 2_500;

  private final InterfaceHandlerBenchmark benchmark = new InterfaceHandlerBenchmark();

  @Test
  void directCallsTheHandlers() throws Exception {
    InterfaceHandlerBenchmark.Direct state = new InterfaceHandlerBenchmark.Direct();
    assertDelivers("direct", PER_EVENT, () -> benchmark.direct(state));
  }

  @Test
  void heraldTableDelivers() throws Exception {
    InterfaceHandlerBenchmark.HeraldTable state = new InterfaceHandlerBenchmark.HeraldTable();
    assertDelivers("heraldTable", PER_EVENT, () -> benchmark.heraldTable(state));
    assertDelivers("heraldTableInvoke", PER_EVENT, () -> benchmark.heraldTableInvoke(state));
  }

  @Test
  void heraldBusDelivers() throws Exception {
    InterfaceHandlerBenchmark.HeraldBus state = new InterfaceHandlerBenchmark.HeraldBus();
    try {
      assertDelivers("heraldBus", PER_EVENT, () -> benchmark.heraldBus(state));
    } finally {
      state.stop();
    }
  }

  @Test
  void guavaDelivers() throws Exception {
    InterfaceHandlerBenchmark.Guava state = new InterfaceHandlerBenchmark.Guava();
    assertDelivers("guava", PER_EVENT, () -> benchmark.guava(state));
  }

  @Test
  void greenrobotDelivers() throws Exception {
    InterfaceHandlerBenchmark.Greenrobot state = new InterfaceHandlerBenchmark.Greenrobot();
    assertDelivers("greenrobot", PER_EVENT, () -> benchmark.greenrobot(state));
  }

  @Test
  void springDelivers() throws Exception {
    InterfaceHandlerBenchmark.Spring state = new InterfaceHandlerBenchmark.Spring();
    state.start();
    try {
      assertDelivers("spring", PER_EVENT, () -> benchmark.spring(state));
    } finally {
      state.stop();
    }
  }

  @Test
  void axonDelivers() throws Exception {
    InterfaceHandlerBenchmark.Axon state = new InterfaceHandlerBenchmark.Axon();
    try {
      assertDelivers("axon", PER_EVENT, () -> benchmark.axon(state));
    } finally {
      state.stop();
    }
  }
}
