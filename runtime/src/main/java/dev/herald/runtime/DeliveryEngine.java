package dev.herald.runtime;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs after-commit deliveries: each on its own, on the executor, through its aggregate's lane,
 * retried per its target's policy, reported to the store and the listeners, and dead-lettered when
 * its attempts run out.
 */
final class DeliveryEngine {

  private static final Logger LOG = LoggerFactory.getLogger(EventBus.class);

  /**
   * Runs deliveries that a synchronous executor would start from inside another delivery after that
   * one, on the same thread: a long lane then drains in a loop instead of a deep recursion.
   */
  private static final class Trampoline {
    boolean active;
    int ran;
    final ArrayDeque<DeliveryTask> queue = new ArrayDeque<>();
  }

  /**
   * How many deliveries one executor task may run in a row when a lane's next delivery is continued
   * on the same thread: saves a hand-off per event, yet lets other lanes have the thread.
   */
  private static final int BATCH = 64;

  private static final ThreadLocal<Trampoline> TRAMPOLINE = ThreadLocal.withInitial(Trampoline::new);

  private final Executor executor;
  private final RetryScheduler scheduler;
  private final DeliveryStore store;
  private final java.time.Clock clock;
  private final DeliveryListener[] listeners;
  private final RandomGenerator random;
  private final Collection<Target> targets;
  private final Set<DeliveryTask> unordered = ConcurrentHashMap.newKeySet();
  private final AtomicLong inFlight = new AtomicLong();
  private final Object idle = new Object();
  private volatile int idleWaiters;
  private volatile boolean terminated;

  DeliveryEngine(
      Executor executor, RetryScheduler scheduler, DeliveryStore store, java.time.Clock clock,
      List<DeliveryListener> listeners, RandomGenerator random, Collection<Target> targets) {
    this.executor = executor;
    this.scheduler = scheduler;
    this.store = store;
    this.clock = clock;
    this.listeners = listeners.toArray(new DeliveryListener[0]);
    this.random = random;
    this.targets = targets;
  }

  DeliveryTask task(Delivery delivery, Target target, int attempt, int lastAttempt, CompletableFuture<Boolean> outcome) {
    return new DeliveryTask(this, delivery, target, attempt, lastAttempt, outcome);
  }

  /** Accepts a delivery: it runs now, or after the earlier deliveries of its aggregate to its target. */
  void dispatch(DeliveryTask task) {
    inFlight.incrementAndGet();
    String aggregateId = task.delivery.envelope().aggregateId();
    if (aggregateId == null) {
      unordered.add(task);
      submit(task);
      return;
    }
    ConcurrentHashMap<String, Lane> lanes = task.target.lanes;
    for (;;) {
      int offered = lanes.computeIfAbsent(aggregateId, Lane::new).offer(task);
      if (offered == Lane.START) {
        submit(task);
        return;
      }
      if (offered == Lane.QUEUED) {
        return;
      }
    }
  }

  private void submit(DeliveryTask task) {
    try {
      executor.execute(task);
    } catch (RuntimeException rejected) {
      failed(task, rejected);
    }
  }

  /** Entry point of a task on an executor thread. */
  void run(DeliveryTask task) {
    Trampoline trampoline = TRAMPOLINE.get();
    if (trampoline.active) {
      trampoline.queue.add(task);
      return;
    }
    trampoline.active = true;
    trampoline.ran = 0;
    try {
      DeliveryTask next = task;
      do {
        trampoline.ran++;
        try {
          attempt(next);
        } catch (RuntimeException | Error bug) {
          LOG.error("Herald delivery engine failed on {}", describe(next), bug);
        }
      } while ((next = trampoline.queue.poll()) != null);
    } finally {
      trampoline.active = false;
    }
  }

  private void attempt(DeliveryTask task) {
    if (terminated) {
      return;
    }
    EventEnvelope envelope = task.delivery.envelope();
    CompletionStage<?> stage;
    try {
      stage = task.target.invoke(envelope.event(), envelope.context(task.attempt));
    } catch (Throwable failure) {
      failed(task, failure);
      return;
    }
    if (stage == HandlerTable.COMPLETED) {
      succeeded(task);
    } else if (stage == null) {
      failed(task, new NullPointerException("handler " + task.target.id + " returned a null CompletionStage"));
    } else {
      stage.whenComplete((ignored, failure) -> {
        if (failure == null) {
          succeeded(task);
        } else {
          failed(task, failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure);
        }
      });
    }
  }

  private void succeeded(DeliveryTask task) {
    try {
      store.delivered(task.delivery);
    } catch (RuntimeException storeFailure) {
      LOG.error("DeliveryStore failed to record {} as delivered", describe(task), storeFailure);
    }
    for (DeliveryListener listener : listeners) {
      try {
        listener.succeeded(task.delivery, task.attempt);
      } catch (RuntimeException listenerFailure) {
        LOG.warn("DeliveryListener {} failed", listener, listenerFailure);
      }
    }
    if (task.outcome != null) {
      task.outcome.complete(Boolean.TRUE);
    }
    finish(task);
  }

  private void failed(DeliveryTask task, Throwable failure) {
    if (terminated) {
      if (LOG.isWarnEnabled()) {
        LOG.warn("Abandoned {} after shutdown; it failed on attempt {}", describe(task), task.attempt, failure);
      }
      return;
    }
    int attempt = task.attempt;
    if (attempt >= task.lastAttempt) {
      if (LOG.isErrorEnabled()) {
        LOG.error("Dead-lettered {} after {} attempts", describe(task), attempt, failure);
      }
      notifyFailed(task, attempt, failure, null);
      deadLetter(task, attempt, failure.getClass().getName(), failure.getMessage() != null ? failure.getMessage() : failure.toString());
      return;
    }
    Duration delay = task.target.policy.delayAfter(attempt, (random != null ? random : ThreadLocalRandom.current()).nextDouble());
    if (LOG.isWarnEnabled()) {
      LOG.warn("Attempt {} of {} failed, retrying in {} ms: {}", attempt, describe(task), delay.toMillis(), failure.toString());
    }
    try {
      store.retrying(task.delivery, attempt, failure, clock.instant().plus(delay));
    } catch (RuntimeException storeFailure) {
      LOG.error("DeliveryStore failed to record the retry of {}", describe(task), storeFailure);
    }
    notifyFailed(task, attempt, failure, delay);
    task.attempt = attempt + 1;
    try {
      scheduler.schedule(delay, () -> {
        if (!terminated) {
          submit(task);
        }
      });
    } catch (RuntimeException schedulerFailure) {
      LOG.error("RetryScheduler refused the retry of {}", describe(task), schedulerFailure);
      deadLetter(task, attempt, failure.getClass().getName(), "retry could not be scheduled: " + failure.getMessage());
    }
  }

  private void notifyFailed(DeliveryTask task, int attempt, Throwable failure, Duration retryIn) {
    for (DeliveryListener listener : listeners) {
      try {
        listener.failed(task.delivery, attempt, failure, retryIn);
      } catch (RuntimeException listenerFailure) {
        LOG.warn("DeliveryListener {} failed", listener, listenerFailure);
      }
    }
  }

  private void deadLetter(DeliveryTask task, int attempts, String failureType, String failureMessage) {
    DeadLetter deadLetter = new DeadLetter(task.delivery, attempts, failureType, failureMessage, clock.instant());
    park(deadLetter);
    if (task.outcome != null) {
      task.outcome.complete(Boolean.FALSE);
    }
    finish(task);
  }

  /** Puts a dead letter in the store and tells the listeners. */
  void park(DeadLetter deadLetter) {
    try {
      store.deadLettered(deadLetter);
    } catch (RuntimeException storeFailure) {
      LOG.error("DeliveryStore failed to park a dead letter: {}", deadLetter, storeFailure);
    }
    for (DeliveryListener listener : listeners) {
      try {
        listener.deadLettered(deadLetter);
      } catch (RuntimeException listenerFailure) {
        LOG.warn("DeliveryListener {} failed", listener, listenerFailure);
      }
    }
  }

  private void finish(DeliveryTask task) {
    if (task.lane != null) {
      DeliveryTask next = task.lane.advance(task.target);
      if (next != null) {
        continueWith(next);
      }
    } else {
      unordered.remove(task);
    }
    if (inFlight.decrementAndGet() == 0 && idleWaiters > 0) {
      synchronized (idle) {
        idle.notifyAll();
      }
    }
  }

  /** Runs a lane's next delivery on this thread when it is a delivery thread with batch left. */
  private void continueWith(DeliveryTask next) {
    Trampoline trampoline = TRAMPOLINE.get();
    if (trampoline.active && trampoline.ran < BATCH) {
      trampoline.queue.add(next);
    } else {
      submit(next);
    }
  }

  /** Waits until no delivery is in flight; false when the timeout passed first. */
  boolean awaitIdle(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (idle) {
      idleWaiters++;
      try {
        while (inFlight.get() > 0) {
          long remaining = deadline - System.nanoTime();
          if (remaining <= 0) {
            return false;
          }
          // Bounded wait: a notification can only be missed by a waiter that re-checks soon anyway.
          long millis = Math.min(remaining / 1_000_000L, 50L);
          idle.wait(Math.max(millis, 1L));
        }
        return true;
      } finally {
        idleWaiters--;
      }
    }
  }

  /** Deliveries accepted and not finished yet. */
  long inFlight() {
    return inFlight.get();
  }

  /** Stops every delivery that has not started its next attempt and returns what did not finish. */
  List<Delivery> terminate() {
    terminated = true;
    List<DeliveryTask> tasks = new ArrayList<>(unordered);
    for (Target target : targets) {
      for (Lane lane : target.lanes.values()) {
        tasks.addAll(lane.unfinished());
      }
    }
    List<Delivery> unfinished = new ArrayList<>(tasks.size());
    for (DeliveryTask task : tasks) {
      unfinished.add(task.delivery);
      if (task.outcome != null) {
        task.outcome.completeExceptionally(new IllegalStateException("EventBus shut down before " + describe(task) + " finished"));
      }
    }
    unfinished.sort(Comparator.comparing((Delivery d) -> d.envelope().eventId()).thenComparing(Delivery::routeId));
    return unfinished;
  }

  private static String describe(DeliveryTask task) {
    EventEnvelope envelope = task.delivery.envelope();
    return "delivery of " + envelope.event().getClass().getSimpleName() + " " + envelope.eventId()
        + (envelope.aggregateId() == null ? "" : " (" + envelope.aggregateType() + " " + envelope.aggregateId() + " #" + envelope.sequence() + ")")
        + " to " + task.target.id;
  }
}
