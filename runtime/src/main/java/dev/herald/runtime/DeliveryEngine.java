package dev.herald.runtime;

import dev.herald.runtime.generated.HandlerTable;
import dev.herald.runtime.spi.Delivery;
import dev.herald.runtime.spi.DeliveryListener;
import dev.herald.runtime.spi.DeliveryStore;
import dev.herald.runtime.spi.EventEnvelope;
import dev.herald.runtime.spi.InMemoryDeliveryStore;
import dev.herald.runtime.spi.RetryScheduler;
import java.time.Duration;
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

/**
 * Runs after-commit deliveries: each on its own, on the executor, through its aggregate's lane,
 * retried per its target's policy, reported to the store and the listeners, and dead-lettered when
 * its attempts run out.
 */
final class DeliveryEngine {

  /**
   * The executor of {@link EventBus.Builder#synchronousDelivery()}: recognised by identity, so the
   * engine runs its tasks by a direct call instead of through the interface.
   */
  static final Executor SYNCHRONOUS =
      new Executor() {
        @Override
        public void execute(Runnable task) {
          task.run();
        }

        @Override
        public String toString() {
          return "synchronous delivery";
        }
      };

  /**
   * How many deliveries one executor task may run in a row when a lane's next delivery is continued
   * on the same thread: saves a hand-off per event, yet lets other lanes have the thread.
   */
  private static final int BATCH = 64;

  private final Executor executor;

  /** Whether tasks run in the dispatching thread ({@link #SYNCHRONOUS}). */
  private final boolean synchronous;

  /**
   * Whether a success must be reported: false with the default store (whose {@code delivered} does
   * nothing) and no listener, decided once here instead of per delivery.
   */
  private final boolean reportsSuccess;

  private final RetryScheduler scheduler;
  private final DeliveryStore store;
  private final java.time.Clock clock;
  private final DeliveryListener[] listeners;
  private final RandomGenerator random;
  private final Collection<Target> targets;
  private final Set<DeliveryTask> unordered = ConcurrentHashMap.newKeySet();

  /** Threads that ran inline deliveries of this engine, for {@link #terminate}'s report. */
  private final Set<Trampoline> inlineThreads = ConcurrentHashMap.newKeySet();

  /** Size of {@link #inlineThreads} above which threads that ended are pruned from it. */
  private int pruneAbove = 64;

  private final AtomicLong inFlight = new AtomicLong();
  private final Object idle = new Object();
  private volatile int idleWaiters;
  private volatile boolean terminated;

  DeliveryEngine(
      Executor executor,
      RetryScheduler scheduler,
      DeliveryStore store,
      java.time.Clock clock,
      List<DeliveryListener> listeners,
      RandomGenerator random,
      Collection<Target> targets) {
    this.executor = executor;
    this.synchronous = executor == SYNCHRONOUS;
    this.reportsSuccess = !(store instanceof InMemoryDeliveryStore) || !listeners.isEmpty();
    this.scheduler = scheduler;
    this.store = store;
    this.clock = clock;
    this.listeners = listeners.toArray(new DeliveryListener[0]);
    this.random = random;
    this.targets = targets;
  }

  DeliveryTask task(
      Delivery delivery,
      Target target,
      int attempt,
      int lastAttempt,
      CompletableFuture<Boolean> outcome) {
    return new DeliveryTask(
        this, delivery.envelope(), delivery, target, null, attempt, lastAttempt, outcome);
  }

  /**
   * The first attempt of a delivery of {@code envelope} to {@code target}; {@code delivery} may be
   * null (made when needed), {@code context} is the attempt-1 context shared by the event's
   * targets.
   */
  DeliveryTask firstTask(
      EventEnvelope envelope, Delivery delivery, Target target, EventContext context) {
    return new DeliveryTask(
        this, envelope, delivery, target, context, 1, target.policy.maxAttempts(), null);
  }

  /**
   * Accepts a delivery: it runs now, or after the earlier deliveries of its aggregate to its
   * target.
   */
  void dispatch(DeliveryTask task) {
    inFlight.incrementAndGet();
    String aggregateId = task.envelope.aggregateId();
    if (aggregateId == null) {
      task.tracked = true;
      unordered.add(task);
      submit(task);
      return;
    }
    ConcurrentHashMap<String, Lane> lanes = task.target.lanes;
    for (; ; ) {
      // Most lanes are new and hold one delivery: claim with one CAS, the lane born with its task
      // current, and take the lane's lock only when another delivery is already there.
      Lane existing = lanes.get(aggregateId);
      if (existing == null) {
        Lane fresh = new Lane(aggregateId, task);
        existing = lanes.putIfAbsent(aggregateId, fresh);
        if (existing == null) {
          submit(task);
          return;
        }
      }
      int offered = existing.offer(task);
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
    if (synchronous) {
      run(task);
      return;
    }
    try {
      executor.execute(task);
    } catch (RuntimeException rejected) {
      failed(task, rejected);
    }
  }

  /** Entry point of a task on an executor thread. */
  void run(DeliveryTask task) {
    Trampoline trampoline = Trampoline.current();
    if (trampoline.active) {
      trampoline.queue.add(task);
      return;
    }
    trampoline.active = true;
    trampoline.ran = 0;
    try {
      attemptGuarded(trampoline, task);
      drain(trampoline);
    } finally {
      trampoline.active = false;
    }
  }

  /** Runs what deliveries queued on this thread while it was busy, each by its own engine. */
  private static void drain(Trampoline trampoline) {
    DeliveryTask next;
    while ((next = trampoline.queue.poll()) != null) {
      next.engine.attemptGuarded(trampoline, next);
    }
  }

  private void attemptGuarded(Trampoline trampoline, DeliveryTask task) {
    trampoline.ran++;
    try {
      attempt(task);
    } catch (RuntimeException | Error bug) {
      Log.error("Herald delivery engine failed on " + describe(task), bug);
    }
  }

  /**
   * Delivers an event outside any aggregate to its after-commit targets. With synchronous delivery
   * each target is called inline, without a task or a registration per delivery, as long as the
   * handler simply completes; anything else (a failure, an asynchronous stage, a delivery started
   * from inside another one) goes the ordinary way, through a tracked task.
   */
  void deliverUnordered(EventEnvelope envelope, Target[] targets) {
    // One context for every target's first attempt: the record is immutable.
    EventContext first = envelope.context(1);
    for (Target target : targets) {
      if (synchronous && !terminated) {
        Trampoline trampoline = Trampoline.current();
        if (!trampoline.active) {
          deliverInline(trampoline, envelope, target, first);
          continue;
        }
      }
      dispatch(firstTask(envelope, null, target, first));
    }
  }

  private void deliverInline(
      Trampoline trampoline, EventEnvelope envelope, Target target, EventContext context) {
    if (trampoline.registeredWith != this) {
      register(trampoline);
    }
    inFlight.incrementAndGet();
    trampoline.active = true;
    trampoline.ran = 1;
    trampoline.show(this, envelope, target);
    try {
      CompletionStage<?> stage;
      Throwable thrown = null;
      try {
        stage = target.invoke(envelope.event(), context);
      } catch (Throwable failure) {
        stage = null;
        thrown = failure;
      }
      if (thrown == null && stage == HandlerTable.COMPLETED) {
        trampoline.hide();
        if (reportsSuccess) {
          reportSuccess(new Delivery(envelope, target.id), 1, null);
        }
        finished();
      } else {
        // Track it like any dispatched delivery before it stops being shown inline.
        DeliveryTask task = firstTask(envelope, null, target, context);
        task.tracked = true;
        unordered.add(task);
        trampoline.hide();
        outcome(task, stage, thrown);
      }
    } catch (RuntimeException | Error bug) {
      trampoline.hide();
      Log.error(
          "Herald delivery engine failed on delivery of "
              + envelope.event().getClass().getSimpleName()
              + " "
              + envelope.eventId()
              + " to "
              + target.id,
          bug);
    }
    try {
      drain(trampoline);
    } finally {
      trampoline.active = false;
    }
  }

  private void register(Trampoline trampoline) {
    inlineThreads.add(trampoline);
    trampoline.registeredWith = this;
    if (inlineThreads.size() > pruneAbove) {
      synchronized (inlineThreads) {
        inlineThreads.removeIf(registered -> !registered.owner.isAlive());
        pruneAbove = Math.max(64, inlineThreads.size() * 2);
      }
    }
  }

  private void attempt(DeliveryTask task) {
    if (terminated) {
      return;
    }
    CompletionStage<?> stage;
    try {
      stage = task.target.invoke(task.envelope.event(), task.context());
    } catch (Throwable failure) {
      failed(task, failure);
      return;
    }
    outcome(task, stage, null);
  }

  /** Acts on what an attempt returned or threw. */
  private void outcome(DeliveryTask task, CompletionStage<?> stage, Throwable thrown) {
    if (thrown != null) {
      failed(task, thrown);
    } else if (stage == HandlerTable.COMPLETED) {
      succeeded(task);
    } else if (stage == null) {
      failed(
          task,
          new NullPointerException(
              "handler " + task.target.id + " returned a null CompletionStage"));
    } else {
      stage.whenComplete(
          (ignored, failure) -> {
            if (failure == null) {
              succeeded(task);
            } else {
              failed(
                  task,
                  failure instanceof CompletionException && failure.getCause() != null
                      ? failure.getCause()
                      : failure);
            }
          });
    }
  }

  private void succeeded(DeliveryTask task) {
    if (reportsSuccess) {
      reportSuccess(task.delivery(), task.attempt, task);
    }
    if (task.outcome != null) {
      task.outcome.complete(Boolean.TRUE);
    }
    finish(task);
  }

  private void reportSuccess(Delivery delivery, int attempt, DeliveryTask task) {
    try {
      store.delivered(delivery);
    } catch (RuntimeException storeFailure) {
      Log.error(
          "DeliveryStore failed to record "
              + (task != null ? describe(task) : delivery.toString())
              + " as delivered",
          storeFailure);
    }
    for (DeliveryListener listener : listeners) {
      try {
        listener.succeeded(delivery, attempt);
      } catch (RuntimeException listenerFailure) {
        Log.warn("DeliveryListener " + listener + " failed", listenerFailure);
      }
    }
  }

  private void failed(DeliveryTask task, Throwable failure) {
    if (terminated) {
      if (Log.isLoggable(System.Logger.Level.WARNING)) {
        Log.warn(
            "Abandoned " + describe(task) + " after shutdown; it failed on attempt " + task.attempt,
            failure);
      }
      return;
    }
    int attempt = task.attempt;
    if (attempt >= task.lastAttempt) {
      if (Log.isLoggable(System.Logger.Level.ERROR)) {
        Log.error("Dead-lettered " + describe(task) + " after " + attempt + " attempts", failure);
      }
      notifyFailed(task, attempt, failure, null);
      deadLetter(
          task,
          attempt,
          failure.getClass().getName(),
          failure.getMessage() != null ? failure.getMessage() : failure.toString());
      return;
    }
    Duration delay =
        task.target.policy.delayAfter(
            attempt, (random != null ? random : ThreadLocalRandom.current()).nextDouble());
    if (Log.isLoggable(System.Logger.Level.WARNING)) {
      Log.warn(
          "Attempt "
              + attempt
              + " of "
              + describe(task)
              + " failed, retrying in "
              + delay.toMillis()
              + " ms: "
              + failure);
    }
    try {
      store.retrying(task.delivery(), attempt, failure, clock.instant().plus(delay));
    } catch (RuntimeException storeFailure) {
      Log.error("DeliveryStore failed to record the retry of " + describe(task), storeFailure);
    }
    notifyFailed(task, attempt, failure, delay);
    task.attempt = attempt + 1;
    try {
      scheduler.schedule(
          delay,
          () -> {
            if (!terminated) {
              submit(task);
            }
          });
    } catch (RuntimeException schedulerFailure) {
      Log.error("RetryScheduler refused the retry of " + describe(task), schedulerFailure);
      deadLetter(
          task,
          attempt,
          failure.getClass().getName(),
          "retry could not be scheduled: " + failure.getMessage());
    }
  }

  private void notifyFailed(DeliveryTask task, int attempt, Throwable failure, Duration retryIn) {
    for (DeliveryListener listener : listeners) {
      try {
        listener.failed(task.delivery(), attempt, failure, retryIn);
      } catch (RuntimeException listenerFailure) {
        Log.warn("DeliveryListener " + listener + " failed", listenerFailure);
      }
    }
  }

  private void deadLetter(
      DeliveryTask task, int attempts, String failureType, String failureMessage) {
    DeadLetter deadLetter =
        new DeadLetter(task.delivery(), attempts, failureType, failureMessage, clock.instant());
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
      Log.error("DeliveryStore failed to park a dead letter: " + deadLetter, storeFailure);
    }
    for (DeliveryListener listener : listeners) {
      try {
        listener.deadLettered(deadLetter);
      } catch (RuntimeException listenerFailure) {
        Log.warn("DeliveryListener " + listener + " failed", listenerFailure);
      }
    }
  }

  private void finish(DeliveryTask task) {
    if (task.lane != null) {
      DeliveryTask next = task.lane.advance(task.target);
      if (next != null) {
        continueWith(next);
      }
    } else if (task.tracked) {
      unordered.remove(task);
    }
    finished();
  }

  private void finished() {
    if (inFlight.decrementAndGet() == 0 && idleWaiters > 0) {
      synchronized (idle) {
        idle.notifyAll();
      }
    }
  }

  /** Runs a lane's next delivery on this thread when it is a delivery thread with batch left. */
  private void continueWith(DeliveryTask next) {
    Trampoline trampoline = Trampoline.current();
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
    List<Delivery> inline = new ArrayList<>();
    for (Trampoline thread : inlineThreads) {
      Delivery running = thread.inlineDelivery(this);
      if (running != null) {
        inline.add(running);
      }
    }
    for (Target target : targets) {
      for (Lane lane : target.lanes.values()) {
        tasks.addAll(lane.unfinished());
      }
    }
    List<Delivery> unfinished = new ArrayList<>(tasks.size() + inline.size());
    unfinished.addAll(inline);
    for (DeliveryTask task : tasks) {
      unfinished.add(task.delivery());
      if (task.outcome != null) {
        task.outcome.completeExceptionally(
            new IllegalStateException("EventBus shut down before " + describe(task) + " finished"));
      }
    }
    unfinished.sort(
        Comparator.comparing((Delivery d) -> d.envelope().eventId())
            .thenComparing(Delivery::routeId));
    return unfinished;
  }

  private static String describe(DeliveryTask task) {
    EventEnvelope envelope = task.envelope;
    return "delivery of "
        + envelope.event().getClass().getSimpleName()
        + " "
        + envelope.eventId()
        + (envelope.aggregateId() == null
            ? ""
            : " ("
                + envelope.aggregateType()
                + " "
                + envelope.aggregateId()
                + " #"
                + envelope.sequence()
                + ")")
        + " to "
        + task.target.id;
  }
}
