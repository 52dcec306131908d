package dev.herald.runtime;

import dev.herald.runtime.spi.Delivery;
import dev.herald.runtime.spi.DeliveryListener;
import dev.herald.runtime.spi.DeliveryStore;
import dev.herald.runtime.spi.InMemoryDeliveryStore;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.random.RandomGenerator;

/**
 * Records what became of each attempt: in the delivery store, in the log and with the listeners. An
 * unavailable store is reported to the caller, which then waits without spending an attempt.
 */
final class DeliveryRecords {

  /** The first pause of a delivery whose store is unavailable. */
  private static final Duration FIRST_STORE_PAUSE = Duration.ofMillis(100);

  /** The longest pause of a delivery whose store is unavailable; it waits in such steps. */
  private static final Duration LONGEST_STORE_PAUSE = Duration.ofSeconds(5);

  private final DeliveryStore store;
  private final Clock clock;
  private final DeliveryListener[] listeners;
  private final RandomGenerator random;

  /**
   * Whether a success must be reported: false with the default store (whose {@code delivered} does
   * nothing) and no listener, decided once here instead of per delivery.
   */
  private final boolean reportsSuccess;

  DeliveryRecords(
      DeliveryStore store, Clock clock, List<DeliveryListener> listeners, RandomGenerator random) {
    this.store = store;
    this.clock = clock;
    this.listeners = listeners.toArray(new DeliveryListener[0]);
    this.random = random;
    this.reportsSuccess = !(store instanceof InMemoryDeliveryStore) || !listeners.isEmpty();
  }

  /** Whether successes are reported to a store or listener, so need a task. */
  boolean reportsSuccess() {
    return reportsSuccess;
  }

  /**
   * Records a success with the store and the listeners.
   *
   * @return false when the store is unavailable (it threw); the success is recorded later
   */
  boolean recordSuccess(DeliveryTask task) {
    if (!reportsSuccess) {
      return true;
    }
    Delivery delivery = task.delivery();
    try {
      store.delivered(delivery);
    } catch (RuntimeException storeFailure) {
      storeUnavailable("record " + task.describe() + " as delivered", storeFailure);
      return false;
    }
    for (DeliveryListener listener : listeners) {
      try {
        listener.succeeded(delivery, task.attempt);
      } catch (RuntimeException listenerFailure) {
        Log.warn("DeliveryListener " + listener + " failed", listenerFailure);
      }
    }
    return true;
  }

  /** The wait before the attempt after the current, failed one. */
  Duration retryDelay(DeliveryTask task) {
    double draw = (random != null ? random : ThreadLocalRandom.current()).nextDouble();
    return task.target.policy.delayAfter(task.attempt, draw);
  }

  /**
   * Records a failed attempt that will be retried after {@code delay}.
   *
   * @return false when the store is unavailable; the attempt then does not count
   */
  boolean recordRetry(DeliveryTask task, Throwable failure, Duration delay) {
    try {
      store.retrying(task.delivery(), task.attempt, failure, clock.instant().plus(delay));
    } catch (RuntimeException storeFailure) {
      storeUnavailable("record the retry of " + task.describe(), storeFailure);
      return false;
    }
    Log.warn(
        "Attempt "
            + task.attempt
            + " of "
            + task.describe()
            + " failed, retrying in "
            + delay.toMillis()
            + " ms: "
            + failure);
    notifyFailed(task, failure, delay);
    return true;
  }

  /**
   * Parks a delivery whose last attempt failed.
   *
   * @return false when the store is unavailable; the attempt then does not count
   */
  boolean recordDeadLetter(DeliveryTask task, Throwable failure) {
    String message = failure.getMessage() != null ? failure.getMessage() : failure.toString();
    DeadLetter deadLetter =
        new DeadLetter(
            task.delivery(), task.attempt, failure.getClass().getName(), message, clock.instant());
    try {
      store.deadLettered(deadLetter);
    } catch (RuntimeException storeFailure) {
      storeUnavailable("park " + task.describe(), storeFailure);
      return false;
    }
    Log.error("Dead-lettered " + task.describe() + " after " + task.attempt + " attempts", failure);
    notifyFailed(task, failure, null);
    notifyDeadLettered(deadLetter);
    return true;
  }

  /**
   * Parks a delivery whose retry could not be scheduled.
   *
   * @return whether it was parked
   */
  boolean recordUnschedulable(DeliveryTask task) {
    DeadLetter deadLetter =
        new DeadLetter(
            task.delivery(),
            Math.max(0, task.attempt - 1),
            IllegalStateException.class.getName(),
            "the next attempt could not be scheduled",
            clock.instant());
    return park(deadLetter);
  }

  /** The pause of a delivery whose store is unavailable: doubling, within bounds. */
  Duration storePause(DeliveryTask task) {
    int doublings = Math.min(task.storePauses++, 6);
    Duration pause = FIRST_STORE_PAUSE.multipliedBy(1L << doublings);
    return pause.compareTo(LONGEST_STORE_PAUSE) > 0 ? LONGEST_STORE_PAUSE : pause;
  }

  private static void storeUnavailable(String action, RuntimeException failure) {
    Log.warn(
        "The DeliveryStore could not "
            + action
            + "; the delivery waits for the store without spending an attempt",
        failure);
  }

  /**
   * Puts a dead letter in the store and tells the listeners.
   *
   * @return false when the store refused it
   */
  boolean park(DeadLetter deadLetter) {
    try {
      store.deadLettered(deadLetter);
    } catch (RuntimeException storeFailure) {
      Log.error("DeliveryStore failed to park a dead letter: " + deadLetter, storeFailure);
      return false;
    }
    notifyDeadLettered(deadLetter);
    return true;
  }

  private void notifyFailed(DeliveryTask task, Throwable failure, Duration retryIn) {
    for (DeliveryListener listener : listeners) {
      try {
        listener.failed(task.delivery(), task.attempt, failure, retryIn);
      } catch (RuntimeException listenerFailure) {
        Log.warn("DeliveryListener " + listener + " failed", listenerFailure);
      }
    }
  }

  private void notifyDeadLettered(DeadLetter deadLetter) {
    for (DeliveryListener listener : listeners) {
      try {
        listener.deadLettered(deadLetter);
      } catch (RuntimeException listenerFailure) {
        Log.warn("DeliveryListener " + listener + " failed", listenerFailure);
      }
    }
  }
}
