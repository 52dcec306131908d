package dev.herald.runtime.spi;

import dev.herald.runtime.EventContext;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One occurrence of an event with the metadata the runtime keeps beside the record: the unit that
 * is committed, stored in an outbox and delivered.
 *
 * @param eventId unique, time-ordered id (a UUID version 7)
 * @param aggregateType simple name of the aggregate class that raised it, or {@code null} when
 *     published outside an aggregate
 * @param aggregateId the aggregate's id as text, or {@code null} when published outside an
 *     aggregate
 * @param sequence the event's position among its aggregate's events, from 1; {@code 0} outside one
 * @param occurredAt when it was raised
 * @param event the event record
 */
public record EventEnvelope(
    UUID eventId,
    String aggregateType,
    String aggregateId,
    long sequence,
    Instant occurredAt,
    Object event) {

  public EventEnvelope {
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(occurredAt, "occurredAt");
    Objects.requireNonNull(event, "event");
  }

  /** The context a handler sees on the given delivery attempt of this event. */
  public EventContext context(int attempt) {
    return new EventContext(eventId, aggregateId, sequence, occurredAt, attempt, aggregateType);
  }
}
