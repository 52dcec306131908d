package dev.herald.runtime;

import java.util.concurrent.locks.LockSupport;

/**
 * Adds a drain worker when one has spent a whole tick in one shard's turn while other shards wait:
 * a handler that blocks (a mail server that does not answer) then holds back only the aggregates of
 * its own shard. Its thread starts with the first worker and rests while no worker runs.
 */
final class DrainWatchdog implements Runnable {

  /**
   * How often it looks. A turn that has not ended after one to two ticks is stuck: a turn of
   * handlers that do not block takes microseconds.
   */
  private static final long TICK_NANOS = 1_000_000;

  private final DeliveryEngine engine;
  private final DrainWorkers workers;

  /** Each shard's turn mark at the last look; only the watchdog's thread uses it. */
  private long[] seen;

  private volatile Thread thread;
  private volatile boolean resting;
  private volatile boolean stopped;

  DrainWatchdog(DeliveryEngine engine, DrainWorkers workers) {
    this.engine = engine;
    this.workers = workers;
  }

  /** Makes sure it looks while workers run: starts its thread, or wakes it from its rest. */
  void watch() {
    Thread current = thread;
    if (current == null) {
      start();
    } else if (resting) {
      LockSupport.unpark(current);
    }
  }

  /** Ends its thread. */
  void stop() {
    stopped = true;
    Thread current = thread;
    if (current != null) {
      LockSupport.unpark(current);
    }
  }

  @Override
  public void run() {
    while (!stopped && !engine.isTerminated()) {
      if (!workers.anyRunning()) {
        // Resting is announced before the last look: a worker that starts after that look finds
        // the flag set and wakes this thread.
        resting = true;
        if (!workers.anyRunning() && !stopped) {
          LockSupport.park(this);
        }
        resting = false;
        continue;
      }
      LockSupport.parkNanos(this, TICK_NANOS);
      look();
    }
  }

  private synchronized void start() {
    if (thread == null && !stopped) {
      Thread created = new Thread(this, "herald-drain-watchdog");
      created.setDaemon(true);
      thread = created;
      created.start();
    }
  }

  private void look() {
    Shard[] shards = engine.shardsMade();
    if (shards == null) {
      return;
    }
    if (seen == null) {
      seen = new long[shards.length];
    }
    boolean stuck = false;
    for (int i = 0; i < shards.length; i++) {
      long mark = shards[i].turnMark();
      stuck |= (mark & 1) != 0 && mark == seen[i];
      seen[i] = mark;
    }
    if (stuck && workers.anyReady()) {
      workers.addWorker();
    }
  }
}
