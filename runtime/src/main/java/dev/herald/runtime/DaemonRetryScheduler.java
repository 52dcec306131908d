package dev.herald.runtime;

import java.time.Duration;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/** The default retry scheduler: one daemon thread, owned and stopped by the bus that made it. */
final class DaemonRetryScheduler implements RetryScheduler {

  private final ScheduledThreadPoolExecutor timer;

  DaemonRetryScheduler() {
    timer = new ScheduledThreadPoolExecutor(1, runnable -> {
      Thread thread = new Thread(runnable, "herald-retry");
      thread.setDaemon(true);
      return thread;
    });
    timer.setRemoveOnCancelPolicy(true);
  }

  @Override
  public void schedule(Duration delay, Runnable task) {
    timer.schedule(task, delay.toNanos(), TimeUnit.NANOSECONDS);
  }

  void stop() {
    timer.shutdownNow();
  }
}
