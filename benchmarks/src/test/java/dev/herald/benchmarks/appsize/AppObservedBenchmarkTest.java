package dev.herald.benchmarks.appsize;

import org.junit.jupiter.api.Test;

/**
 * Every bus of {@link AppObservedBenchmark} delivers each event type to each of its handlers once
 * during the warm-up, then the scenario's event once per call: metrics and tracing change the cost,
 * never the work.
 */
class AppObservedBenchmarkTest {

  private final AppObservedBenchmark benchmark = new AppObservedBenchmark();

  @Test
  void plainDelivers() throws Exception {
    AppSizeBenchmarkTest.assertDeliversEveryEvent(
        "plain", new AppObservedBenchmark.Plain(), benchmark::plain);
  }

  @Test
  void meteredDelivers() throws Exception {
    AppSizeBenchmarkTest.assertDeliversEveryEvent(
        "metered", new AppObservedBenchmark.Metered(), benchmark::metered);
  }

  @Test
  void tracedDelivers() throws Exception {
    AppObservedBenchmark.Traced traced = new AppObservedBenchmark.Traced();
    traced.openRequest();
    try {
      AppSizeBenchmarkTest.assertDeliversEveryEvent("traced", traced, benchmark::traced);
    } finally {
      traced.closeRequest();
    }
  }
}
