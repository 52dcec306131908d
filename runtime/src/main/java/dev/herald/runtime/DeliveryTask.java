package dev.herald.runtime;

import dev.herald.runtime.spi.Delivery;
import dev.herald.runtime.spi.DeliveryInterceptor;
import dev.herald.runtime.spi.EventEnvelope;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * One delivery on its way to its target: an event and its attempt counter, across retries. It is
 * its own handler call for interceptors, so that intercepting an attempt makes no extra object.
 */
final class DeliveryTask implements DeliveryInterceptor.HandlerCall {

  /** What running the task does next; see {@link Shard}. */
  enum Step {
    /** Not started: it queues behind its lane if the lane is busy, else it is attempted. */
    NEW,
    /** The head of its lane, attempted again after a retry delay or a store outage. */
    ATTEMPT,
    /** The handler succeeded but the store could not record it: record again, do not call. */
    RECORD_SUCCESS,
    /** The handler's own stage completed; {@link #stageFailure} says how. */
    STAGE_COMPLETED
  }

  final EventEnvelope envelope;
  final Target target;

  /** The last attempt before the delivery is dead-lettered. */
  final int lastAttempt;

  /** Completed with whether the delivery succeeded; only redrives ask for it. */
  final CompletableFuture<Boolean> outcome;

  /** The attempt about to run, or running; only the thread running the task changes it. */
  int attempt;

  Step step = Step.NEW;

  /** The failure of the handler's stage, for {@link Step#STAGE_COMPLETED}; null on success. */
  Throwable stageFailure;

  /** Pauses in a row because the delivery store was unavailable: they lengthen the next one. */
  int storePauses;

  /**
   * The delivery as the store and listeners see it; made on first need, since a delivery that
   * succeeds with the default store and no listener is never shown to anyone.
   */
  private Delivery delivery;

  /** The context of the latest attempt; made when a target or a report needs it. */
  private EventContext context;

  DeliveryTask(
      EventEnvelope envelope,
      Delivery delivery,
      Target target,
      int attempt,
      int lastAttempt,
      CompletableFuture<Boolean> outcome) {
    this.envelope = envelope;
    this.delivery = delivery;
    this.target = target;
    this.attempt = attempt;
    this.lastAttempt = lastAttempt;
    this.outcome = outcome;
  }

  /** A first attempt with the target's retry policy. */
  static DeliveryTask first(EventEnvelope envelope, Delivery delivery, Target target) {
    return new DeliveryTask(envelope, delivery, target, 1, target.policy.maxAttempts(), null);
  }

  Delivery delivery() {
    Delivery made = delivery;
    if (made == null) {
      // A racing reader (shutdown's report) may make a second, equal record: harmless for a value.
      made = new Delivery(envelope, target.id);
      delivery = made;
    }
    return made;
  }

  /** Calls the target for the current attempt. */
  @Override
  public CompletionStage<?> call() throws Exception {
    return target.invoke(envelope.event(), target.takesContext ? context() : null);
  }

  /** The context of the current attempt, made only when the attempt differs from the last one. */
  EventContext context() {
    EventContext current = context;
    if (current == null || current.attempt() != attempt) {
      current = envelope.context(attempt);
      context = current;
    }
    return current;
  }

  /** The lane this task belongs to, or null for an event outside any aggregate. */
  LaneKey laneKey() {
    String aggregateId = envelope.aggregateId();
    return aggregateId == null ? null : new LaneKey(target.unit, aggregateId);
  }

  /** For logs: the event, its aggregate position and the target. */
  String describe() {
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
        + target.id;
  }

  /** Identity equality, with a cheap stable hash instead of the identity hash. */
  @Override
  public int hashCode() {
    return envelope.eventId().hashCode() * 31 + target.id.hashCode();
  }

  @Override
  public boolean equals(Object other) {
    return this == other;
  }

  /** One ordering unit's deliveries of one aggregate: they run one at a time, in order. */
  record LaneKey(int unit, String aggregateId) {}
}
