package dev.herald.runtime;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

/**
 * Counts the deliveries that wait outside a running drain, keeps those between attempts and those
 * abandoned at shutdown for its report, and wakes whoever waits for the bus to be idle.
 */
final class InFlightDeliveries {

  /**
   * Deliveries that wait outside a running drain and outside an inbox's commit batches: resumed
   * after waiting, behind a waiting delivery of their lane, or waiting for a retry, their handler's
   * stage or the store. A commit's batch is seen in its shard's inbox and a delivery a thread runs
   * now by its shard being held or its caller thread showing it, so the commits of a busy bus touch
   * no counter that its draining threads write too.
   */
  private final AtomicLong count = new AtomicLong();

  private final Object idle = new Object();
  private volatile int idleWaiters;

  /** Deliveries between attempts: waiting for a retry, their handler's stage, or the store. */
  private final Set<DeliveryTask> waiting = ConcurrentHashMap.newKeySet();

  /** Deliveries that were due after the shutdown and did not run. */
  private final Set<DeliveryTask> abandoned = ConcurrentHashMap.newKeySet();

  /** A delivery starts waiting: counted until it is taken out of its shard's inbox again. */
  void startWaiting(DeliveryTask task) {
    counted(1);
    waiting.add(task);
  }

  void stopWaiting(DeliveryTask task) {
    waiting.remove(task);
  }

  /** A delivery that was due after the shutdown: reported, never run. */
  void abandon(DeliveryTask task) {
    abandoned.add(task);
  }

  void abandonAfterFailure(DeliveryTask task, Throwable failure) {
    Log.warn(
        "Abandoned " + task.describe() + " after shutdown; it failed on attempt " + task.attempt,
        failure);
    abandoned.add(task);
  }

  /** Deliveries start waiting outside a running drain. */
  void counted(int deliveries) {
    count.addAndGet(deliveries);
  }

  /** Deliveries stopped waiting: a drain took them. */
  void settled(int deliveries) {
    if (count.addAndGet(-deliveries) == 0 && idleWaiters > 0) {
      wakeIdleWaiters();
    }
  }

  /** A shard was released: the bus may be idle now, which a waiter must hear at once. */
  void released() {
    if (idleWaiters > 0 && count.get() == 0) {
      wakeIdleWaiters();
    }
  }

  private void wakeIdleWaiters() {
    synchronized (idle) {
      idle.notifyAll();
    }
  }

  /**
   * Waits until no delivery is counted and {@code busyElsewhere} (shards held, callers delivering)
   * is false; false when the timeout passed first.
   */
  boolean awaitNone(Duration timeout, BooleanSupplier busyElsewhere) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (idle) {
      idleWaiters++;
      try {
        while (count.get() > 0 || busyElsewhere.getAsBoolean()) {
          long remaining = deadline - System.nanoTime();
          if (remaining <= 0) {
            return false;
          }
          // Bounded wait: an inline publication ends without a notification, and a missed one
          // is seen at the next check anyway.
          long millis = Math.min(remaining / 1_000_000L, 10L);
          idle.wait(Math.max(millis, 1L));
        }
        return true;
      } finally {
        idleWaiters--;
      }
    }
  }

  /** The deliveries between attempts and those abandoned, for shutdown's report. */
  List<DeliveryTask> waitingOrAbandoned() {
    List<DeliveryTask> tasks = new ArrayList<>(waiting);
    tasks.addAll(abandoned);
    return tasks;
  }
}
