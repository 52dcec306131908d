package dev.herald.benchmarks.async;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** One invocation of {@link AsyncDeliveryBenchmark} commits and waits for every delivery. */
class AsyncDeliveryBenchmarkTest {

  @Test
  void invocationWaitsUntilHandlersRan() throws Exception {
    AsyncDeliveryBenchmark.Herald state = new AsyncDeliveryBenchmark.Herald();
    state.start();
    try {
      long sum = new AsyncDeliveryBenchmark().heraldExecutor(state);
      // Handlers share one unsynchronised tally across executor threads, so the exact sum may lose
      // updates; that the invocation returned means awaitIdle saw every delivery finish.
      assertTrue(sum > 0, "handlers must have run before the invocation returns, sum was " + sum);
    } finally {
      state.stop();
    }
  }
}
