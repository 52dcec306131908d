package dev.herald.runtime.spi;

import java.time.Duration;

/**
 * Runs a retry later. The bus uses a single daemon thread by default; tests pass a manual scheduler
 * so that they can assert the delays and advance time themselves.
 */
@FunctionalInterface
public interface RetryScheduler {

  /**
   * Runs {@code task} once, after {@code delay}. The task only hands the delivery back to the bus's
   * executor, so it is short.
   */
  void schedule(Duration delay, Runnable task);
}
