package dev.herald.runtime;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Drains shards on the bus's executor with as few hand-offs as the load allows: a shard with new
 * work joins a queue of ready shards, and at most one worker per core takes shards off it. A busy
 * bus so gives its executor a task per burst of commits, not one per commit, each of which cost a
 * queue lock and usually a thread's wake-up.
 *
 * <p>A worker that finds no ready shard looks again for a few microseconds before it ends, since
 * the next commit of a busy service is usually that close.
 */
final class DrainWorkers implements Runnable {

  /** Work items one shard drains before the worker turns to the next ready shard. */
  private static final int BATCH = 256;

  /** Shards a worker drains before it hands its thread back to the executor and queues itself. */
  private static final int TURNS = 1_024;

  /** How long a worker without ready shards keeps looking before it ends. */
  private static final long LINGER_NANOS = 50_000;

  private final DeliveryEngine engine;
  private final Executor executor;
  private final int maxWorkers;

  /** Shards held for a worker ({@link Shard#draining} set) that have work. */
  private final ConcurrentLinkedQueue<Shard> ready = new ConcurrentLinkedQueue<>();

  /** Workers started and not yet ended. */
  private final AtomicInteger workers = new AtomicInteger();

  DrainWorkers(DeliveryEngine engine, Executor executor) {
    this.engine = engine;
    this.executor = executor;
    // As many as the bus's own pool has threads; a given executor gets no more.
    this.maxWorkers = LazyDeliveryPool.threads();
  }

  /**
   * Queues a shard the caller now holds and makes sure a worker will drain it: a new one, unless
   * all are running, and a running worker looks at the queue again before it ends.
   */
  void schedule(Shard shard) {
    ready.add(shard);
    if (join()) {
      start();
    }
  }

  @Override
  public void run() {
    for (int turns = 0; turns < TURNS; turns++) {
      Shard shard = ready.poll();
      if (shard == null && (shard = linger()) == null) {
        workers.decrementAndGet();
        // A shard queued after the last look counted this worker as running and started none.
        if (ready.isEmpty() || !join()) {
          return;
        }
        continue;
      }
      if (shard.drainTurn(BATCH)) {
        ready.add(shard);
      }
    }
    // Long busy: let the executor's other tasks in; this worker stays counted while it queues.
    start();
  }

  /** Counts one more worker, if fewer than the most are running. */
  private boolean join() {
    int running = workers.get();
    while (running < maxWorkers) {
      if (workers.compareAndSet(running, running + 1)) {
        return true;
      }
      running = workers.get();
    }
    return false;
  }

  private Shard linger() {
    long deadline = System.nanoTime() + LINGER_NANOS;
    do {
      Thread.yield();
      Shard shard = ready.poll();
      if (shard != null) {
        return shard;
      }
    } while (System.nanoTime() < deadline && !engine.isTerminated());
    return null;
  }

  /** Hands a counted worker to the executor. */
  private void start() {
    try {
      executor.execute(this);
    } catch (RuntimeException rejected) {
      workers.decrementAndGet();
      // The executor is gone (a given executor shut down before the bus, or the bus's own pool
      // at shutdown): nothing can run the queued shards' deliveries, which stay undelivered and
      // are reported at shutdown.
      Shard shard;
      while ((shard = ready.poll()) != null) {
        shard.draining.set(false);
      }
      if (!engine.isTerminated()) {
        Log.error("The executor refused Herald's deliveries; they stay undelivered", rejected);
      }
    }
  }
}
