package dev.herald.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.Callable;

/** Checks that one call of a benchmark method delivers its event to every handler exactly once. */
public final class Deliveries {

  private Deliveries() {}

  /**
   * Calls the benchmark twice and asserts the tally it returns grew by {@code expectedPerCall} in
   * between: a bus that dropped or duplicated a delivery would publish a figure for other work.
   */
  public static void assertDelivers(
      String contender, long expectedPerCall, Callable<Long> benchmark) throws Exception {
    long before = benchmark.call();
    long after = benchmark.call();
    assertEquals(
        expectedPerCall,
        after - before,
        contender + " must deliver to every handler exactly once per event");
  }
}
