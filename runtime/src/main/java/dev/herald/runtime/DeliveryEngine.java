package dev.herald.runtime;

import dev.herald.runtime.generated.HandlerTable;
import dev.herald.runtime.spi.Delivery;
import dev.herald.runtime.spi.DeliveryListener;
import dev.herald.runtime.spi.DeliveryStore;
import dev.herald.runtime.spi.EventEnvelope;
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
import java.util.random.RandomGenerator;

/**
 * Runs after-commit deliveries: each on its own, in its aggregate's shard, retried per its target's
 * policy, reported to the store and the listeners, and dead-lettered when its attempts run out. One
 * path for every delivery: with synchronous delivery it runs in the thread that submits it,
 * otherwise on the executor.
 */
final class DeliveryEngine {

  /** The workers that drain shards on the executor, or null for synchronous delivery. */
  private final DrainWorkers workers;

  private final RetryScheduler scheduler;
  private final EventIds eventIds;
  private final DeliveryRecords records;

  /** Interceptors and trace capture; null when the bus has none, as most have. */
  private final DeliveryHooks hooks;

  private final boolean hooked;

  /**
   * Whether {@link #publishInline} may deliver an event published outside aggregates: synchronous,
   * and no hook that must see an envelope or a delivery.
   */
  private final boolean publishesInline;

  /**
   * Made on the first delivery that needs a shard: a synchronous bus whose events are all delivered
   * inline never does, and a cold start then loads none of their classes.
   */
  private volatile Shard[] shards;

  private final int shardMask;

  /** Spreads events outside aggregates over the shards; a lost update only skews the spread. */
  private int nextUnorderedShard;

  private final InFlightDeliveries inFlight = new InFlightDeliveries();

  /** Whether successes are reported to a store or listener; read on every inline delivery. */
  private final boolean reportsSuccess;

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
    this.workers = executor == null ? null : new DrainWorkers(this, executor);
    this.scheduler = scheduler;
    this.eventIds = eventIds;
    this.records = new DeliveryRecords(store, clock, listeners, random);
    this.reportsSuccess = records.reportsSuccess();
    this.hooks = hooks;
    this.hooked = hooks != null;
    this.publishesInline = executor == null && hooks == null;
    int count =
        Integer.highestOneBit(Math.max(16, 4 * Runtime.getRuntime().availableProcessors()) * 2 - 1);
    this.shardMask = count - 1;
  }

  /** Whether events published outside aggregates go through {@link #publishInline}. */
  boolean publishesInline() {
    return publishesInline;
  }

  /** The bus's interceptors and trace capture, or null; ask {@link #hooked} first. */
  DeliveryHooks hooks() {
    return hooks;
  }

  /**
   * Whether the bus has interceptors or a trace capture. The hot paths ask this rather than {@link
   * #hooks}: a bus without hooks never loads their class, and the JIT does not inline a method
   * whose signature names a class not loaded, so each such call would be a real call.
   */
  boolean hooked() {
    return hooked;
  }

  boolean isTerminated() {
    return terminated;
  }

  /** Where deliveries' outcomes are recorded. */
  DeliveryRecords records() {
    return records;
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
  void deliverCommitted(EventEnvelope[] events, Target[][] targets, int count) {
    // Runs of consecutive events of one shard, submitted in commit order, so that a synchronous
    // delivery keeps the commit's order; an event outside aggregates joins the run before it.
    Shard run = null;
    int runStart = 0;
    for (int i = 0; i < count; i++) {
      if (targets[i].length == 0) {
        continue;
      }
      EventEnvelope event = events[i];
      Shard shard = event.aggregateId() == null && run != null ? run : shardOf(event);
      if (shard != run) {
        if (run != null) {
          submit(run, new DeliveryBatch(events, targets, runStart, i));
        }
        run = shard;
        runStart = i;
      }
    }
    if (run != null) {
      submit(run, new DeliveryBatch(events, targets, runStart, count));
    }
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
      return shards()[nextUnorderedShard++ & shardMask];
    }
    return shardOf(aggregateId);
  }

  /** The shard that delivers an aggregate's events. */
  Shard shardOf(String aggregateId) {
    int hash = aggregateId.hashCode();
    return shards()[(hash ^ (hash >>> 16)) & shardMask];
  }

  private Shard[] shards() {
    Shard[] made = shards;
    return made != null ? made : makeShards();
  }

  /** The shards, or null before the first one was needed. */
  Shard[] shardsMade() {
    return shards;
  }

  private synchronized Shard[] makeShards() {
    Shard[] made = shards;
    if (made == null) {
      made = new Shard[shardMask + 1];
      for (int i = 0; i < made.length; i++) {
        made[i] = new Shard(this);
      }
      shards = made;
    }
    return made;
  }

  private void submit(Shard shard, Object batch) {
    if (workers == null) {
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
    // Not counted: a shard's inbox is looked at by awaitIdle itself, so the hot path of every
    // commit touches no counter that the draining threads write too.
    shard.add(batch);
    activate(shard);
  }

  /** Hands a delivery between attempts back to its shard; it is counted while it waits. */
  void resume(Shard shard, DeliveryTask task) {
    if (terminated) {
      inFlight.abandon(task);
      return;
    }
    shard.add(task);
    activate(shard);
  }

  /** Makes sure a shard with new work is drained by someone. */
  private void activate(Shard shard) {
    if (workers != null) {
      // Read first: under load the shard is mostly held already, and a failing CAS still costs.
      if (!shard.draining.get() && shard.draining.compareAndSet(false, true)) {
        workers.schedule(shard);
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
   *
   * <p>This is the path of every synchronous {@code publish}, so it is kept small enough for the
   * JIT to inline: everything but a plain success is left to {@link #inlineOutcome}.
   */
  void publishInline(Object event, long millis, Target[] targets) {
    CallerThread thread = callerThread();
    if (thread.active) {
      publish(newEnvelope(event, millis), targets);
      return;
    }
    thread.active = true;
    long sequence = thread.show(event, millis, targets);
    try {
      for (int i = 0; i < targets.length; i++) {
        Target target = targets[i];
        thread.showTarget(i);
        CompletionStage<?> stage;
        try {
          stage =
              target.invoke(
                  event,
                  target.takesContext
                      ? thread.envelope(sequence, event, millis, this).context(1)
                      : null);
        } catch (Throwable failure) {
          inlineOutcome(thread, sequence, event, millis, target, null, failure);
          continue;
        }
        if (stage != HandlerTable.COMPLETED || reportsSuccess) {
          inlineOutcome(thread, sequence, event, millis, target, stage, null);
        }
      }
    } finally {
      thread.hide();
      if (!thread.deferred.isEmpty()) {
        runDeferred(thread);
      }
      thread.active = false;
    }
  }

  /**
   * Acts on an inline attempt that did more than simply succeed: a success to report, or a failure
   * or a stage to track as a delivery of the event's envelope (made now if no one made it yet).
   */
  private void inlineOutcome(
      CallerThread thread,
      long sequence,
      Object event,
      long millis,
      Target target,
      CompletionStage<?> stage,
      Throwable thrown) {
    EventEnvelope envelope = thread.envelope(sequence, event, millis, this);
    if (thrown == null && stage == HandlerTable.COMPLETED) {
      reportInlineSuccess(envelope, target);
      return;
    }
    if (thrown == null && stage == null) {
      thrown =
          new NullPointerException("handler " + target.id + " returned a null CompletionStage");
    }
    track(DeliveryTask.first(envelope, null, target), stage, thrown);
  }

  /** An inline attempt that did not simply succeed becomes a tracked delivery. */
  private void track(DeliveryTask task, CompletionStage<?> stage, Throwable thrown) {
    Shard shard = shardOf(task);
    if (thrown != null) {
      inFlight.counted(1);
      task.step = DeliveryTask.Step.STAGE_COMPLETED;
      task.stageFailure = thrown;
      resume(shard, task);
      return;
    }
    inFlight.startWaiting(task);
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
    if (!records.recordSuccess(task)) {
      // The store is unavailable: record it later like any delivery, without calling again.
      task.step = DeliveryTask.Step.RECORD_SUCCESS;
      Shard shard = shardOf(task);
      inFlight.startWaiting(task);
      if (!schedule(records.storePause(task), () -> resume(shard, task))) {
        inFlight.stopWaiting(task);
        inFlight.settled(1);
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

  /** Deliveries outside a running drain, and the waiters for none. */
  InFlightDeliveries inFlight() {
    return inFlight;
  }

  // ---- idle, shutdown

  /** Waits until no delivery is in flight; false when the timeout passed first. */
  boolean awaitIdle(Duration timeout) throws InterruptedException {
    return inFlight.awaitNone(timeout, () -> anyShardBusy() || anyCallerShowing());
  }

  private boolean anyShardBusy() {
    Shard[] made = shards;
    if (made == null) {
      return false;
    }
    for (Shard shard : made) {
      // The inbox first: a drain holds its shard before it takes work out of the inbox, so work
      // that has left the inbox is seen as a held shard until it has run.
      if (shard.hasWork() || shard.draining.get()) {
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
    if (workers != null) {
      workers.stop();
    }
    List<DeliveryTask> tasks = new ArrayList<>();
    Shard[] made = shards;
    for (Shard shard : made == null ? new Shard[0] : made) {
      tasks.addAll(shard.unfinished());
    }
    tasks.addAll(inFlight.waitingOrAbandoned());
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
