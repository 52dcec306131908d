package dev.herald.runtime;

import dev.herald.runtime.spi.RetryScheduler;
import java.time.Duration;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The default retry scheduler: one daemon thread, owned and stopped by the bus that made it, and
 * started on the first retry, so that a bus whose deliveries succeed never creates it.
 */
final class DaemonRetryScheduler implements RetryScheduler {

  private volatile ScheduledThreadPoolExecutor timer;
  private boolean stopped;

  @Override
  public void schedule(Duration delay, Runnable task) {
    ScheduledThreadPoolExecutor current = timer;
    if (current == null) {
      current = start();
    }
    current.schedule(task, delay.toNanos(), TimeUnit.NANOSECONDS);
  }

  private synchronized ScheduledThreadPoolExecutor start() {
    if (stopped) {
      throw new RejectedExecutionException("the EventBus's retry scheduler was stopped");
    }
    if (timer == null) {
      ScheduledThreadPoolExecutor created =
          new ScheduledThreadPoolExecutor(
              1,
              runnable -> {
                Thread thread = new Thread(runnable, "herald-retry");
                thread.setDaemon(true);
                return thread;
              });
      created.setRemoveOnCancelPolicy(true);
      timer = created;
    }
    return timer;
  }

  synchronized void stop() {
    stopped = true;
    if (timer != null) {
      timer.shutdownNow();
    }
  }
}
