package dev.herald.runtime;

import dev.herald.runtime.DeliveryTask.LaneKey;
import dev.herald.runtime.DeliveryTask.Step;
import dev.herald.runtime.generated.HandlerTable;
import dev.herald.runtime.spi.EventEnvelope;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A share of the after-commit deliveries, drained by one thread at a time: every event of an
 * aggregate lands in the same shard, so its deliveries run in the order they were submitted without
 * a lock per delivery. A delivery that must wait (for a retry, its handler's own stage, or an
 * unavailable store) blocks its lane, and later deliveries of that lane queue behind it while the
 * shard goes on with the others.
 *
 * <p>On a thread pool a shard drains as one task of the pool; with synchronous delivery the thread
 * that submits work drains it, unless another thread is draining it already.
 */
final class Shard {

  private final DeliveryEngine engine;
  private final DeliveryRecords records;
  private final InFlightDeliveries inFlight;

  /**
   * Submitted work: a {@link DeliveryBatch} of a commit, a {@code DeliveryTask[]}, or one task to
   * start or resume.
   */
  private final ConcurrentLinkedQueue<Object> inbox = new ConcurrentLinkedQueue<>();

  /** Whether a thread is draining this shard; only that thread runs its deliveries. */
  final AtomicBoolean draining = new AtomicBoolean();

  /**
   * Lanes that have a delivery between attempts, each with that delivery first and the later
   * deliveries queued behind it. Changed only by the draining thread, under this shard's lock so
   * that a shutdown on another thread can list them.
   */
  private final HashMap<LaneKey, ArrayDeque<DeliveryTask>> blocked = new HashMap<>();

  /** The delivery being attempted now, for a shutdown's report. */
  private final AttemptDisplay attempting = new AttemptDisplay();

  /**
   * Counts a worker's turns on this shard twice, at the start and at the end, so that an odd count
   * means a turn is running; only the holder writes it, and {@link DrainWatchdog} reads it.
   */
  private final AtomicLong turnMarks = new AtomicLong();

  /**
   * Deliveries this drain resumed or took off a lane, counted by the engine while they waited:
   * subtracted from its count in one go when the drain settles, while the shard is still held (a
   * held shard counts as busy in itself). The batches of commits are not counted: the engine sees
   * them in the inbox.
   */
  private int taken;

  Shard(DeliveryEngine engine) {
    this.engine = engine;
    this.records = engine.records();
    this.inFlight = engine.inFlight();
  }

  /** Adds work; the caller then activates the shard. */
  void add(Object work) {
    inbox.add(work);
  }

  /** Whether work waits in the inbox. */
  boolean hasWork() {
    return !inbox.isEmpty();
  }

  /**
   * A worker's turn: drains up to {@code limit} items; returns true when work is left and the
   * worker still holds the shard, false when it released it.
   */
  boolean drainTurn(int limit) {
    // Ordered stores, not volatile ones: the watchdog only needs to see them within its tick.
    turnMarks.lazySet(turnMarks.get() + 1);
    try {
      drain(limit);
    } finally {
      turnMarks.lazySet(turnMarks.get() + 1);
    }
    if (engine.isTerminated()) {
      draining.set(false);
      return false;
    }
    return hasWork() || releaseAndRetake();
  }

  /** Odd while a worker's turn runs; changes with every turn's start and end. */
  long turnMark() {
    return turnMarks.get();
  }

  /**
   * Drains up to {@code limit} items, or all of them when the limit is 0; the caller holds {@link
   * #draining}.
   */
  void drain(int limit) {
    int left = limit;
    try {
      Object work;
      while (!engine.isTerminated() && (work = inbox.poll()) != null) {
        if (work instanceof DeliveryTask) {
          taken++; // a delivery resumed after waiting, counted while it waited
        }
        process(work);
        if (--left == 0) {
          break;
        }
      }
    } finally {
      settle();
    }
  }

  /**
   * Runs work right away; the caller holds {@link #draining} and has drained what was queued before
   * it.
   */
  void runNow(Object work) {
    try {
      process(work);
    } finally {
      settle();
    }
  }

  /**
   * Stops draining; returns true when work arrived meanwhile and this thread holds the shard again
   * to drain it.
   */
  boolean releaseAndRetake() {
    draining.set(false);
    inFlight.released();
    // Work added after the last poll but before the flag was cleared found the shard busy and
    // left it to this thread: take it back, unless someone else has.
    return hasWork() && !engine.isTerminated() && draining.compareAndSet(false, true);
  }

  private void settle() {
    if (taken != 0) {
      inFlight.settled(taken);
      taken = 0;
    }
  }

  private void process(Object work) {
    if (work instanceof DeliveryBatch batch) {
      int position = 0;
      for (int i = batch.from; i < batch.to; i++) {
        EventEnvelope event = batch.events[i];
        for (Target target : batch.targets[i]) {
          offerFirst(batch, position++, event, target);
        }
      }
    } else if (work instanceof DeliveryTask[]) {
      for (DeliveryTask task : (DeliveryTask[]) work) {
        offer(task);
      }
    } else {
      DeliveryTask task = (DeliveryTask) work;
      switch (task.step) {
        case NEW:
          offer(task);
          break;
        case ATTEMPT:
          inFlight.stopWaiting(task);
          attempt(task);
          break;
        case RECORD_SUCCESS:
          inFlight.stopWaiting(task);
          succeeded(task);
          break;
        case STAGE_COMPLETED:
          inFlight.stopWaiting(task);
          Throwable failure = task.stageFailure;
          task.stageFailure = null;
          if (failure == null) {
            succeeded(task);
          } else {
            failed(task, failure);
          }
          break;
        default:
          throw new IllegalStateException("unknown step " + task.step);
      }
    }
  }

  /**
   * A first delivery of a commit: attempted now unless its lane waits, and given a task only when
   * it does not simply succeed.
   */
  private void offerFirst(DeliveryBatch batch, int position, EventEnvelope event, Target target) {
    if (engine.hooked()) {
      // Interceptors see every attempt as a delivery: this one takes the path of tasks.
      offer(DeliveryTask.first(event, null, target));
      return;
    }
    if (!blocked.isEmpty() && event.aggregateId() != null) {
      ArrayDeque<DeliveryTask> waiting = blocked.get(new LaneKey(target.unit, event.aggregateId()));
      if (waiting != null) {
        inFlight.counted(1);
        synchronized (this) {
          waiting.addLast(DeliveryTask.first(event, null, target));
        }
        return;
      }
    }
    if (engine.isTerminated()) {
      inFlight.abandon(DeliveryTask.first(event, null, target));
      return;
    }
    attempting.show(batch, position);
    CompletionStage<?> stage;
    Throwable thrown = null;
    try {
      stage = target.invoke(event.event(), target.takesContext ? event.context(1) : null);
    } catch (Throwable failure) {
      stage = null;
      thrown = failure;
    }
    attempting.hide();
    if (thrown == null && stage == HandlerTable.COMPLETED && !records.reportsSuccess()) {
      return;
    }
    DeliveryTask task = DeliveryTask.first(event, null, target);
    task.step = Step.ATTEMPT;
    outcome(task, stage, thrown);
  }

  /** Attempts a new delivery now, or queues it behind its lane's waiting delivery. */
  private void offer(DeliveryTask task) {
    if (!blocked.isEmpty()) {
      LaneKey lane = task.laneKey();
      if (lane != null) {
        ArrayDeque<DeliveryTask> waiting = blocked.get(lane);
        if (waiting != null) {
          inFlight.counted(1);
          synchronized (this) {
            waiting.addLast(task);
          }
          return;
        }
      }
    }
    attempt(task);
  }

  private void attempt(DeliveryTask task) {
    if (engine.isTerminated()) {
      inFlight.abandon(task);
      return;
    }
    task.step = Step.ATTEMPT;
    attempting.show(task, 0);
    CompletionStage<?> stage;
    Throwable thrown = null;
    try {
      stage = engine.hooked() ? engine.hooks().invoke(task) : task.call();
    } catch (Throwable failure) {
      stage = null;
      thrown = failure;
    }
    attempting.hide();
    outcome(task, stage, thrown);
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
      awaitStage(task, stage);
    }
  }

  /** A handler's own stage: its lane waits until it completes, on whatever thread that is. */
  private void awaitStage(DeliveryTask task, CompletionStage<?> stage) {
    block(task);
    inFlight.startWaiting(task);
    stage.whenComplete(
        (ignored, failure) -> {
          task.stageFailure =
              failure instanceof CompletionException && failure.getCause() != null
                  ? failure.getCause()
                  : failure;
          task.step = Step.STAGE_COMPLETED;
          engine.resume(this, task);
        });
  }

  private void succeeded(DeliveryTask task) {
    if (!records.recordSuccess(task)) {
      pauseForStore(task, Step.RECORD_SUCCESS);
      return;
    }
    if (task.outcome != null) {
      task.outcome.complete(Boolean.TRUE);
    }
    finish(task);
  }

  private void failed(DeliveryTask task, Throwable failure) {
    if (engine.isTerminated()) {
      inFlight.abandonAfterFailure(task, failure);
      return;
    }
    if (task.attempt >= task.lastAttempt) {
      if (!records.recordDeadLetter(task, failure)) {
        pauseForStore(task, Step.ATTEMPT);
        return;
      }
      if (task.outcome != null) {
        task.outcome.complete(Boolean.FALSE);
      }
      finish(task);
      return;
    }
    Duration delay = records.retryDelay(task);
    if (!records.recordRetry(task, failure, delay)) {
      pauseForStore(task, Step.ATTEMPT);
      return;
    }
    task.attempt++;
    task.storePauses = 0;
    waitThenResume(task, Step.ATTEMPT, delay);
  }

  /**
   * The store could not record what happened, so the delivery keeps its attempt and waits for the
   * store; a store outage never spends a delivery's attempts.
   */
  private void pauseForStore(DeliveryTask task, Step resumeWith) {
    waitThenResume(task, resumeWith, records.storePause(task));
  }

  private void waitThenResume(DeliveryTask task, Step resumeWith, Duration delay) {
    block(task);
    task.step = resumeWith;
    inFlight.startWaiting(task);
    if (!engine.schedule(delay, () -> engine.resume(this, task))) {
      inFlight.stopWaiting(task);
      taken++;
      if (records.recordUnschedulable(task)) {
        if (task.outcome != null) {
          task.outcome.complete(Boolean.FALSE);
        }
        finish(task);
      }
    }
  }

  /** Makes the task the head of its lane, if it has one and is not its head already. */
  private void block(DeliveryTask task) {
    LaneKey lane = task.laneKey();
    if (lane == null) {
      return;
    }
    ArrayDeque<DeliveryTask> waiting = blocked.get(lane);
    if (waiting != null && waiting.peekFirst() == task) {
      return;
    }
    synchronized (this) {
      ArrayDeque<DeliveryTask> created = new ArrayDeque<>(4);
      created.addLast(task);
      blocked.put(lane, created);
    }
  }

  /** The delivery is over: its lane, if it blocked one, runs the deliveries queued behind it. */
  private void finish(DeliveryTask task) {
    if (blocked.isEmpty()) {
      return;
    }
    LaneKey lane = task.laneKey();
    if (lane == null) {
      return;
    }
    ArrayDeque<DeliveryTask> waiting = blocked.get(lane);
    if (waiting == null || waiting.peekFirst() != task) {
      return;
    }
    synchronized (this) {
      blocked.remove(lane);
      waiting.pollFirst();
    }
    // In order; the first one that must wait blocks the lane again and the rest queue behind it.
    taken += waiting.size();
    for (DeliveryTask next : waiting) {
      offer(next);
    }
  }

  /** Every delivery this shard holds that has not finished: queued, blocked or running. */
  synchronized List<DeliveryTask> unfinished() {
    List<DeliveryTask> tasks = new ArrayList<>();
    DeliveryTask running = attempting.read();
    if (running != null) {
      tasks.add(running);
    }
    for (ArrayDeque<DeliveryTask> lane : blocked.values()) {
      tasks.addAll(lane);
    }
    for (Object work : inbox) {
      if (work instanceof DeliveryBatch batch) {
        for (int i = batch.from; i < batch.to; i++) {
          for (Target queued : batch.targets[i]) {
            tasks.add(DeliveryTask.first(batch.events[i], null, queued));
          }
        }
      } else if (work instanceof DeliveryTask[]) {
        tasks.addAll(List.of((DeliveryTask[]) work));
      } else {
        tasks.add((DeliveryTask) work);
      }
    }
    return tasks;
  }
}
