package dev.herald.benchmarks.unitofwork;

import static dev.herald.benchmarks.Deliveries.assertDelivers;

import org.junit.jupiter.api.Test;

/** Both contenders of {@link UnitOfWorkBenchmark} deliver the three events to their handlers. */
class UnitOfWorkBenchmarkTest {

  private static final long PER_OPERATION = 3 * 1_250;

  private final UnitOfWorkBenchmark benchmark = new UnitOfWorkBenchmark();

  @Test
  void directHandsTheEventsToTheHandlers() throws Exception {
    UnitOfWorkBenchmark.Direct state = new UnitOfWorkBenchmark.Direct();
    assertDelivers("direct", PER_OPERATION, () -> benchmark.direct(state));
  }

  @Test
  void unitOfWorkDeliversAfterCommit() throws Exception {
    UnitOfWorkBenchmark.Herald state = new UnitOfWorkBenchmark.Herald();
    try {
      assertDelivers("heraldUnitOfWork", PER_OPERATION, () -> benchmark.heraldUnitOfWork(state));
    } finally {
      state.stop();
    }
  }
}
