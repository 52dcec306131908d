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

  /** The event record. */
  public Object event() {
    return event;
  }

  /** The context a handler sees on the given delivery attempt of this event. */
  public EventContext context(int attempt) {
    return new EventContext(eventId(), aggregateId, sequence, occurredAt(), attempt, aggregateType);
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
