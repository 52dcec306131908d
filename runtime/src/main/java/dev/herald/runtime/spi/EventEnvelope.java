package dev.herald.runtime.spi;

import dev.herald.runtime.EventContext;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import java.util.function.LongFunction;

/**
 * One occurrence of an event with the metadata the runtime keeps beside the record: the unit that
 * is committed, stored in an outbox and delivered.
 *
 * <p>An envelope the bus makes is stamped with the millisecond the event was raised, and gets its
 * id (a UUID version 7 of that millisecond) when someone first asks for it: most events delivered
 * in memory are never asked. Once made, the id never changes.
 *
 * <p>When the bus has a {@link TraceCapture}, the envelope also carries the W3C {@code traceparent}
 * of the trace it was committed in, so that its deliveries, its outbox row and its CloudEvent
 * continue that trace. The trace is not part of the occurrence: equality ignores it.
 */
public final class EventEnvelope {

  private final String aggregateType;
  private final String aggregateId;
  private final long sequence;
  private final Object event;

  /** The millisecond of {@link #occurredAt}, which a made id carries. */
  private final long epochMilli;

  /** Makes the id on first need; null when the id was given. */
  private final LongFunction<UUID> ids;

  private volatile UUID eventId;

  /** Made on first need when stamped; a racing reader makes an equal one, harmless for a value. */
  private Instant occurredAt;

  /**
   * The trace it was committed in, or null. Set at most once, by the committing thread before the
   * commit step runs (or by the constructor); later readers see it through the hand-over to the
   * delivery threads, as they see the event.
   */
  private String traceparent;

  /**
   * An envelope with a known id, such as one a store read back.
   *
   * @param eventId unique, time-ordered id (a UUID version 7)
   * @param aggregateType simple name of the aggregate class that raised it, or {@code null} when
   *     published outside an aggregate
   * @param aggregateId the aggregate's id as text, or {@code null} when published outside an
   *     aggregate
   * @param sequence the event's position among its aggregate's events, from 1; {@code 0} outside
   *     one
   * @param occurredAt when it was raised
   * @param event the event record
   */
  public EventEnvelope(
      UUID eventId,
      String aggregateType,
      String aggregateId,
      long sequence,
      Instant occurredAt,
      Object event) {
    this(eventId, aggregateType, aggregateId, sequence, occurredAt, event, null);
  }

  /**
   * An envelope with a known id and the trace it was committed in, such as one a store or a
   * consumer read back.
   *
   * @param traceparent the W3C {@code traceparent} of that trace, or {@code null}; an ill-formed
   *     one is dropped (see {@link Traceparent#normalize})
   * @see #EventEnvelope(UUID, String, String, long, Instant, Object)
   */
  public EventEnvelope(
      UUID eventId,
      String aggregateType,
      String aggregateId,
      long sequence,
      Instant occurredAt,
      Object event,
      String traceparent) {
    this.traceparent = Traceparent.normalize(traceparent);
    this.eventId = Objects.requireNonNull(eventId, "eventId");
    this.occurredAt = Objects.requireNonNull(occurredAt, "occurredAt");
    this.event = Objects.requireNonNull(event, "event");
    this.epochMilli = occurredAt.toEpochMilli();
    this.aggregateType = aggregateType;
    this.aggregateId = aggregateId;
    this.sequence = sequence;
    this.ids = null;
  }

  private EventEnvelope(
      LongFunction<UUID> ids,
      long epochMilli,
      String aggregateType,
      String aggregateId,
      long sequence,
      Object event) {
    this.ids = ids;
    this.epochMilli = epochMilli;
    this.aggregateType = aggregateType;
    this.aggregateId = aggregateId;
    this.sequence = sequence;
    this.event = event;
  }

  /**
   * An envelope stamped with the millisecond the event was raised, whose id {@code ids} makes from
   * that millisecond when it is first asked for.
   */
  public static EventEnvelope stamped(
      LongFunction<UUID> ids,
      long epochMilli,
      String aggregateType,
      String aggregateId,
      long sequence,
      Object event) {
    return new EventEnvelope(
        Objects.requireNonNull(ids, "ids"),
        epochMilli,
        aggregateType,
        aggregateId,
        sequence,
        Objects.requireNonNull(event, "event"));
  }

  /** Unique, time-ordered id of this occurrence (a UUID version 7). */
  public UUID eventId() {
    UUID id = eventId;
    return id != null ? id : mintId();
  }

  private synchronized UUID mintId() {
    UUID id = eventId;
    if (id == null) {
      id = ids.apply(epochMilli);
      eventId = id;
    }
    return id;
  }

  /**
   * Simple name of the aggregate class that raised it, or {@code null} when published outside an
   * aggregate.
   */
  public String aggregateType() {
    return aggregateType;
  }

  /** The aggregate's id as text, or {@code null} when published outside an aggregate. */
  public String aggregateId() {
    return aggregateId;
  }

  /** The event's position among its aggregate's events, from 1; {@code 0} outside one. */
  public long sequence() {
    return sequence;
  }

  /** When it was raised. */
  public Instant occurredAt() {
    Instant at = occurredAt;
    if (at == null) {
      at = Instant.ofEpochMilli(epochMilli);
      occurredAt = at;
    }
    return at;
  }

  /** {@link #occurredAt} as milliseconds since the epoch, without making an {@link Instant}. */
  public long occurredAtMillis() {
    return epochMilli;
  }

  /** The event record. */
  public Object event() {
    return event;
  }

  /**
   * The W3C {@code traceparent} of the trace the event was committed in, or {@code null} when the
   * bus traces nothing or no trace was current.
   */
  public String traceparent() {
    return traceparent;
  }

  /**
   * Records the trace the event is committed in. The bus calls it on the committing thread, before
   * the commit step sees the event; the first well-formed value stays, so that an envelope's trace,
   * like its id, never changes once others may have seen it.
   *
   * @param traceparent a W3C {@code traceparent}; {@code null} or an ill-formed one is ignored
   */
  public void attachTrace(String traceparent) {
    if (this.traceparent == null) {
      this.traceparent = Traceparent.normalize(traceparent);
    }
  }

  /** The context a handler sees on the given delivery attempt of this event. */
  public EventContext context(int attempt) {
    return new EventContext(
        eventId(), aggregateId, sequence, occurredAt(), attempt, aggregateType, traceparent);
  }

  /** Equal when every part is: the same occurrence of the same event. */
  @Override
  public boolean equals(Object other) {
    return other instanceof EventEnvelope that
        && eventId().equals(that.eventId())
        && sequence == that.sequence
        && Objects.equals(aggregateType, that.aggregateType)
        && Objects.equals(aggregateId, that.aggregateId)
        && occurredAt().equals(that.occurredAt())
        && event.equals(that.event);
  }

  @Override
  public int hashCode() {
    return eventId().hashCode();
  }

  @Override
  public String toString() {
    return "EventEnvelope[eventId="
        + eventId()
        + ", aggregateType="
        + aggregateType
        + ", aggregateId="
        + aggregateId
        + ", sequence="
        + sequence
        + ", occurredAt="
        + occurredAt()
        + ", event="
        + event
        + "]";
  }
}
