package dev.herald.runtime;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Drains shards on the bus's executor with as few hand-offs as the load allows: a shard with new
 * work joins a queue of ready shards, and a few workers take shards off it. A busy bus so gives its
 * executor a task per burst of commits, not one per commit, each of which cost a queue lock and
 * usually a thread's wake-up.
 *
 * <p>Workers leave a core to the threads that commit: one fewer than the cores, at least one. More
 * would only take turns with the committing threads, each looking for work while it lingers. A
 * handler that blocks does not stall the others on that account: {@link DrainWatchdog} adds a
 * worker, up to one per core, while a worker is stuck in one shard and other shards wait.
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

  /** The workers that a steady load gets. */
  private final int steadyWorkers;

  /** The most workers, with the ones the watchdog adds while others are stuck. */
  private final int maxWorkers;

  /** Shards held for a worker ({@link Shard#draining} set) that have work. */
  private final ConcurrentLinkedQueue<Shard> ready = new ConcurrentLinkedQueue<>();

  /** Workers started and not yet ended. */
  private final AtomicInteger workers = new AtomicInteger();

  private final DrainWatchdog watchdog;

  DrainWorkers(DeliveryEngine engine, Executor executor) {
    this.engine = engine;
    this.executor = executor;
    int cores = Runtime.getRuntime().availableProcessors();
    this.steadyWorkers = Math.max(1, cores - 1);
    // As many as the bus's own pool has threads; a given executor gets no more.
    this.maxWorkers = LazyDeliveryPool.threads();
    this.watchdog = new DrainWatchdog(engine, this);
  }

  /**
   * Queues a shard the caller now holds and makes sure a worker will drain it: a new one, unless
   * the steady number is running, and a running worker looks at the queue again before it ends.
   */
  void schedule(Shard shard) {
    ready.add(shard);
    if (join(steadyWorkers)) {
      start();
    }
  }

  /** Whether a shard waits for a worker. */
  boolean anyReady() {
    return !ready.isEmpty();
  }

  /** Whether any worker runs; the watchdog rests while none does. */
  boolean anyRunning() {
    return workers.get() != 0;
  }

  /** Starts one more worker while others are stuck, unless the most are running. */
  void addWorker() {
    if (join(maxWorkers)) {
      start();
    }
  }

  /** Stops the watchdog; the engine has terminated. */
  void stop() {
    watchdog.stop();
  }

  @Override
  public void run() {
    for (int turns = 0; turns < TURNS; turns++) {
      Shard shard = ready.poll();
      if (shard == null && (shard = linger()) == null) {
        if (!retire()) {
          return;
        }
        continue;
      }
      if (shard.drainTurn(BATCH)) {
        ready.add(shard);
      }
    }
    // Long busy: a worker the watchdog added ends once the steady ones are enough again; the
    // others let the executor's other tasks in, staying counted while they queue.
    if (workers.get() > steadyWorkers && !retire()) {
      return;
    }
    start();
  }

  /**
   * Ends this worker; returns true when it counted itself again instead, because a shard was queued
   * after its last look and found it running.
   */
  private boolean retire() {
    workers.decrementAndGet();
    return !ready.isEmpty() && join(steadyWorkers);
  }

  /** Counts one more worker, if fewer than {@code most} are running. */
  private boolean join(int most) {
    int running = workers.get();
    while (running < most) {
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
      watchdog.watch();
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
