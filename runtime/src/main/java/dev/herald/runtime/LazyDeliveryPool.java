package dev.herald.runtime;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The bus's default executor: daemon threads, one per core (at least two), created on the first
 * delivery rather than when the bus is built, so that starting an application costs no pool.
 */
final class LazyDeliveryPool implements Executor {

  private volatile ExecutorService pool;
  private boolean stopped;

  @Override
  public void execute(Runnable task) {
    ExecutorService current = pool;
    if (current == null) {
      current = start();
    }
    current.execute(task);
  }

  /** Its number of threads: one per core, at least two. */
  static int threads() {
    return Math.max(2, Runtime.getRuntime().availableProcessors());
  }

  private synchronized ExecutorService start() {
    if (stopped) {
      throw new RejectedExecutionException("the EventBus's delivery pool was stopped");
    }
    if (pool == null) {
      int threads = threads();
      pool =
          new ThreadPoolExecutor(
              threads,
              threads,
              0L,
              TimeUnit.MILLISECONDS,
              new LinkedBlockingQueue<>(),
              new DaemonThreads());
    }
    return pool;
  }

  /** Stops the threads, if any were started, abandoning queued tasks. */
  synchronized void stop() {
    stopped = true;
    if (pool != null) {
      pool.shutdownNow();
    }
  }

  /** Names the delivery threads and makes them daemons, so they never hold the JVM open. */
  private static final class DaemonThreads implements ThreadFactory {
    private final AtomicInteger count = new AtomicInteger();

    @Override
    public Thread newThread(Runnable runnable) {
      Thread thread = new Thread(runnable, "herald-delivery-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    }
  }
}
