package dev.herald.runtime;

import dev.herald.runtime.generated.HandlerTable;
import dev.herald.runtime.spi.Delivery;
import dev.herald.runtime.spi.DeliveryListener;
import dev.herald.runtime.spi.DeliveryStore;
import dev.herald.runtime.spi.EventEnvelope;
import dev.herald.runtime.spi.InMemoryDeliveryStore;
import dev.herald.runtime.spi.RetryScheduler;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.random.RandomGenerator;

/**
 * Runs after-commit deliveries: each on its own, in its aggregate's shard, retried per its target's
 * policy, reported to the store and the listeners, and dead-lettered when its attempts run out. One
 * path for every delivery: with synchronous delivery it runs in the thread that submits it,
 * otherwise on the executor.
 */
final class DeliveryEngine {

  /** The first pause of a delivery whose store is unavailable. */
  private static final Duration FIRST_STORE_PAUSE = Duration.ofMillis(100);

  /** The longest pause of a delivery whose store is unavailable; it waits in such steps. */
  private static final Duration LONGEST_STORE_PAUSE = Duration.ofSeconds(5);

  /** The executor of deliveries, or null for synchronous delivery. */
  private final Executor executor;

  private final RetryScheduler scheduler;
  private final DeliveryStore store;
  private final Clock clock;
  private final EventIds eventIds;
  private final DeliveryListener[] listeners;
  private final RandomGenerator random;

  /** Interceptors and trace capture; null when the bus has none, as most have. */
  private final DeliveryHooks hooks;

  /**
   * Whether {@link #publishInline} may deliver an event published outside aggregates: synchronous,
   * and no hook that must see an envelope or a delivery.
   */
  private final boolean publishesInline;

  /**
   * Whether a success must be reported: false with the default store (whose {@code delivered} does
   * nothing) and no listener, decided once here instead of per delivery.
   */
  private final boolean reportsSuccess;

  private final Shard[] shards;
  private final int shardMask;

  /** Spreads events outside aggregates over the shards; a lost update only skews the spread. */
  private int nextUnorderedShard;

  /**
   * Deliveries that wait outside a running drain: in a shard's inbox, behind a waiting delivery of
   * their lane, or for a retry, their handler's stage or the store. Deliveries a thread runs now
   * are covered by their shard being held, or shown by their caller thread: a commit delivered
   * synchronously touches no counter at all.
   */
  private final AtomicLong inFlight = new AtomicLong();

  private final Object idle = new Object();
  private volatile int idleWaiters;

  /** Deliveries between attempts: waiting for a retry, their handler's stage, or the store. */
  private final Set<DeliveryTask> waiting = ConcurrentHashMap.newKeySet();

  /** Deliveries that were due after the shutdown and did not run. */
  private final Set<DeliveryTask> abandoned = ConcurrentHashMap.newKeySet();

  /** The threads delivering synchronously, for shutdown's report. */
  private final Set<CallerThread> callers = ConcurrentHashMap.newKeySet();

  private final ThreadLocal<CallerThread> caller =
      new ThreadLocal<>() {
        @Override
        protected CallerThread initialValue() {
          return register(new CallerThread(Thread.currentThread()));
        }
      };

  /**
   * The caller thread looked up last: a single publishing thread finds itself here without a
   * thread-local lookup. Read and written racily; a stale value fails the owner check.
   */
  private CallerThread lastCaller;

  private volatile boolean terminated;

  DeliveryEngine(
      Executor executor,
      RetryScheduler scheduler,
      DeliveryStore store,
      Clock clock,
      EventIds eventIds,
      List<DeliveryListener> listeners,
      RandomGenerator random,
      DeliveryHooks hooks) {
    this.executor = executor;
    this.scheduler = scheduler;
    this.store = store;
    this.clock = clock;
    this.eventIds = eventIds;
    this.listeners = listeners.toArray(new DeliveryListener[0]);
    this.random = random;
    this.hooks = hooks;
    this.publishesInline = executor == null && hooks == null;
    this.reportsSuccess = !(store instanceof InMemoryDeliveryStore) || !listeners.isEmpty();
    int count =
        Integer.highestOneBit(Math.max(16, 4 * Runtime.getRuntime().availableProcessors()) * 2 - 1);
    this.shards = new Shard[count];
    for (int i = 0; i < count; i++) {
      shards[i] = new Shard(this);
    }
    this.shardMask = count - 1;
  }

  /** Whether events published outside aggregates go through {@link #publishInline}. */
  boolean publishesInline() {
    return publishesInline;
  }

  /** The bus's interceptors and trace capture, or null. */
  DeliveryHooks hooks() {
    return hooks;
  }

  boolean isTerminated() {
    return terminated;
  }

  /** Whether successes are reported to a store or listener, so need a task. */
  boolean reportsSuccess() {
    return reportsSuccess;
  }

  /** A new envelope for an event outside any aggregate, stamped with the given millisecond. */
  EventEnvelope newEnvelope(Object event, long millis) {
    EventEnvelope envelope = EventEnvelope.stamped(eventIds, millis, null, null, 0L, event);
    if (hooks != null) {
      hooks.attachTrace(envelope);
    }
    return envelope;
  }

  // ---- submitting

  /** Accepts deliveries, in order; deliveries of one aggregate keep their order. */
  void deliver(DeliveryTask[] tasks) {
    if (tasks.length == 0) {
      return;
    }
    Shard run = null;
    int runStart = 0;
    for (int i = 0; i < tasks.length; i++) {
      EventEnvelope event = tasks[i].envelope;
      Shard shard = event.aggregateId() == null && run != null ? run : shardOf(event);
      if (shard != run) {
        if (run != null) {
          submit(run, Arrays.copyOfRange(tasks, runStart, i));
        }
        run = shard;
        runStart = i;
      }
    }
    submit(run, runStart == 0 ? tasks : Arrays.copyOfRange(tasks, runStart, tasks.length));
  }

  /**
   * Accepts the after-commit deliveries of a commit: each event's targets, events in commit order.
   * An aggregate's events go to its shard in one batch.
   */
  void deliverCommitted(List<EventEnvelope> events, List<Target[]> targets, int count) {
    if (count == 0) {
      return;
    }
    // Runs of consecutive events of one shard, submitted in commit order, so that a synchronous
    // delivery keeps the commit's order; an event outside aggregates joins the run before it.
    Shard run = null;
    int runStart = 0;
    for (int i = 0; i < events.size(); i++) {
      if (targets.get(i).length == 0) {
        continue;
      }
      EventEnvelope event = events.get(i);
      Shard shard = event.aggregateId() == null && run != null ? run : shardOf(event);
      if (shard != run) {
        if (run != null) {
          submit(run, new DeliveryBatch(events, targets, runStart, i));
        }
        run = shard;
        runStart = i;
      }
    }
    submit(run, new DeliveryBatch(events, targets, runStart, events.size()));
  }

  /** Accepts one delivery. */
  void deliver(DeliveryTask task) {
    deliver(new DeliveryTask[] {task});
  }

  private Shard shardOf(DeliveryTask task) {
    return shardOf(task.envelope);
  }

  private Shard shardOf(EventEnvelope event) {
    String aggregateId = event.aggregateId();
    if (aggregateId == null) {
      return shards[nextUnorderedShard++ & shardMask];
    }
    int hash = aggregateId.hashCode();
    return shards[(hash ^ (hash >>> 16)) & shardMask];
  }

  private void submit(Shard shard, Object batch) {
    if (executor == null) {
      CallerThread thread = callerThread();
      if (!thread.active && shard.draining.compareAndSet(false, true)) {
        thread.active = true;
        try {
          // Whatever was queued before this batch runs first.
          shard.drain(0);
          shard.runNow(batch);
          drainHeld(shard);
        } finally {
          runDeferred(thread);
          thread.active = false;
        }
        return;
      }
    }
    counted(sizeOf(batch));
    shard.add(batch);
    activate(shard);
  }

  private static int sizeOf(Object batch) {
    if (batch instanceof DeliveryBatch deliveries) {
      int size = 0;
      for (int i = deliveries.from; i < deliveries.to; i++) {
        size += deliveries.targets.get(i).length;
      }
      return size;
    }
    return ((DeliveryTask[]) batch).length;
  }

  /** Hands a delivery between attempts back to its shard; it is counted while it waits. */
  void resume(Shard shard, DeliveryTask task) {
    if (terminated) {
      abandon(task);
      return;
    }
    shard.add(task);
    activate(shard);
  }

  /** Makes sure a shard with new work is drained by someone. */
  private void activate(Shard shard) {
    if (executor != null) {
      // Read first: under load the shard is mostly held already, and a failing CAS still costs.
      if (!shard.draining.get() && shard.draining.compareAndSet(false, true)) {
        submitToExecutor(shard);
      }
      return;
    }
    CallerThread thread = callerThread();
    if (thread.active) {
      thread.deferred.add(shard);
      return;
    }
    if (!shard.draining.compareAndSet(false, true)) {
      return; // another thread drains it and will see the work
    }
    thread.active = true;
    try {
      drainHeld(shard);
    } finally {
      runDeferred(thread);
      thread.active = false;
    }
  }

  /** A pool task ran its batch and the shard still has work: another task takes over. */
  void resubmit(Shard shard) {
    submitToExecutor(shard);
  }

  private void submitToExecutor(Shard shard) {
    try {
      executor.execute(shard);
    } catch (RuntimeException rejected) {
      // The executor is gone (a given executor shut down before the bus): nothing can run these.
      shard.draining.set(false);
      Log.error("The executor refused Herald's deliveries; they stay undelivered", rejected);
    }
  }

  private static void drainHeld(Shard shard) {
    do {
      shard.drain(0);
    } while (shard.releaseAndRetake());
  }

  /** Drains what this thread's deliveries submitted, still as the active thread. */
  private void runDeferred(CallerThread thread) {
    Shard shard;
    while ((shard = thread.deferred.poll()) != null) {
      if (shard.draining.compareAndSet(false, true)) {
        drainHeld(shard);
      }
    }
  }

  // ---- synchronous delivery of events outside aggregates, without a task

  /**
   * Delivers an event outside any aggregate to its after-commit targets in this thread, making a
   * task (and the event's id) only for a target that fails, completes later, or asks for the
   * context. Called from inside another delivery, the event is delivered after it instead.
   */
  void publishInline(Object event, long millis, Target[] targets) {
    CallerThread thread = callerThread();
    if (thread.active) {
      publish(newEnvelope(event, millis), targets);
      return;
    }
    thread.active = true;
    long sequence = thread.show(event, millis);
    EventContext context = null;
    try {
      for (Target target : targets) {
        thread.showTarget(target);
        CompletionStage<?> stage;
        Throwable thrown = null;
        try {
          if (target.takesContext && context == null) {
            context = thread.envelope(sequence, event, millis, this).context(1);
          }
          stage = target.invoke(event, target.takesContext ? context : null);
        } catch (Throwable failure) {
          stage = null;
          thrown = failure;
        }
        if (thrown == null && stage == HandlerTable.COMPLETED) {
          if (reportsSuccess) {
            reportInlineSuccess(thread.envelope(sequence, event, millis, this), target);
          }
          continue;
        }
        DeliveryTask task =
            DeliveryTask.first(thread.envelope(sequence, event, millis, this), null, target);
        if (thrown == null && stage == null) {
          thrown =
              new NullPointerException("handler " + target.id + " returned a null CompletionStage");
        }
        track(task, stage, thrown);
      }
    } finally {
      thread.hide();
      runDeferred(thread);
      thread.active = false;
    }
  }

  /** An inline attempt that did not simply succeed becomes a tracked delivery. */
  private void track(DeliveryTask task, CompletionStage<?> stage, Throwable thrown) {
    Shard shard = shardOf(task);
    if (thrown != null) {
      counted(1);
      task.step = DeliveryTask.Step.STAGE_COMPLETED;
      task.stageFailure = thrown;
      resume(shard, task);
      return;
    }
    startWaiting(task);
    stage.whenComplete(
        (ignored, failure) -> {
          task.stageFailure =
              failure instanceof java.util.concurrent.CompletionException
                      && failure.getCause() != null
                  ? failure.getCause()
                  : failure;
          task.step = DeliveryTask.Step.STAGE_COMPLETED;
          resume(shard, task);
        });
  }

  private void reportInlineSuccess(EventEnvelope envelope, Target target) {
    DeliveryTask task = DeliveryTask.first(envelope, null, target);
    if (!recordSuccess(task)) {
      // The store is unavailable: record it later like any delivery, without calling again.
      task.step = DeliveryTask.Step.RECORD_SUCCESS;
      Shard shard = shardOf(task);
      startWaiting(task);
      if (!schedule(storePause(task), () -> resume(shard, task))) {
        stopWaiting(task);
        settled(1);
      }
    }
  }

  /** Delivers an event outside any aggregate to its after-commit targets, unordered. */
  void publish(EventEnvelope envelope, Target[] targets) {
    DeliveryTask[] tasks = new DeliveryTask[targets.length];
    for (int i = 0; i < targets.length; i++) {
      tasks[i] = DeliveryTask.first(envelope, null, targets[i]);
    }
    deliver(tasks);
  }

  private CallerThread callerThread() {
    CallerThread last = lastCaller;
    if (last != null && last.owner == Thread.currentThread()) {
      return last;
    }
    CallerThread current = caller.get();
    lastCaller = current;
    return current;
  }

  private CallerThread register(CallerThread thread) {
    callers.add(thread);
    if (callers.size() > 64) {
      callers.removeIf(registered -> !registered.owner.isAlive());
    }
    return thread;
  }

  // ---- outcomes, for shards

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

  /**
   * Schedules a resumption.
   *
   * @return false when the scheduler refused it
   */
  boolean schedule(Duration delay, Runnable resumption) {
    try {
      scheduler.schedule(delay, resumption);
      return true;
    } catch (RuntimeException refused) {
      if (!terminated) {
        Log.error("The RetryScheduler refused to schedule a delivery's next step", refused);
      }
      return false;
    }
  }

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
  void counted(int count) {
    inFlight.addAndGet(count);
  }

  /** Deliveries stopped waiting: a drain took them. */
  void settled(int count) {
    if (inFlight.addAndGet(-count) == 0 && idleWaiters > 0) {
      wakeIdleWaiters();
    }
  }

  /** A shard was released: the bus may be idle now, which a waiter must hear at once. */
  void released() {
    if (idleWaiters > 0 && inFlight.get() == 0) {
      wakeIdleWaiters();
    }
  }

  private void wakeIdleWaiters() {
    synchronized (idle) {
      idle.notifyAll();
    }
  }

  // ---- idle, shutdown

  /** Waits until no delivery is in flight; false when the timeout passed first. */
  boolean awaitIdle(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (idle) {
      idleWaiters++;
      try {
        while (inFlight.get() > 0 || anyShardHeld() || anyCallerShowing()) {
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

  private boolean anyShardHeld() {
    for (Shard shard : shards) {
      if (shard.draining.get()) {
        return true;
      }
    }
    return false;
  }

  private boolean anyCallerShowing() {
    for (CallerThread thread : callers) {
      if (thread.showing()) {
        return true;
      }
    }
    return false;
  }

  /** Stops every delivery that has not started its next attempt and returns what did not finish. */
  List<Delivery> terminate() {
    terminated = true;
    List<DeliveryTask> tasks = new ArrayList<>();
    for (Shard shard : shards) {
      tasks.addAll(shard.unfinished());
    }
    tasks.addAll(waiting);
    tasks.addAll(abandoned);
    // A delivery can be seen twice (running, and at the head of its lane): one entry each.
    Map<List<Object>, Delivery> unfinished = new LinkedHashMap<>();
    for (CallerThread thread : callers) {
      Delivery shown = thread.shownDelivery(this);
      if (shown != null) {
        unfinished.put(List.of(shown.envelope().eventId(), shown.routeId()), shown);
      }
    }
    for (DeliveryTask task : tasks) {
      unfinished.putIfAbsent(List.of(task.envelope.eventId(), task.target.id), task.delivery());
      if (task.outcome != null) {
        task.outcome.completeExceptionally(
            new IllegalStateException(
                "EventBus shut down before " + task.describe() + " finished"));
      }
    }
    List<Delivery> sorted = new ArrayList<>(unfinished.values());
    sorted.sort(
        Comparator.comparing((Delivery d) -> d.envelope().eventId())
            .thenComparing(Delivery::routeId));
    return sorted;
  }
}
