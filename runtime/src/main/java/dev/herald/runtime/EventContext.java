package dev.herald.runtime;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * What a handler may know about the event it receives beyond the record itself: which occurrence it
 * is, where it came from, and how many times its delivery has been tried.
 *
 * <p>A handler asks for it with a second parameter: {@code @Handles void on(OrderConfirmed e,
 * EventContext context)}.
 *
 * @param eventId unique, time-ordered id of this occurrence (a UUID version 7); stable across
 *     retries and redeliveries, so it is the key for idempotency
 * @param aggregateId id of the aggregate that raised the event, or {@code null} for an event
 *     published outside an aggregate
 * @param sequence position of the event among its aggregate's events, from 1; {@code 0} when
 *     published outside an aggregate
 * @param occurredAt when the event was raised
 * @param attempt the delivery attempt to this handler, from 1
 * @param aggregateType simple name of the aggregate class that raised the event, or {@code null}
 *     outside an aggregate; after the attempt, so that the common five-argument form stays short in
 *     tests
 * @param traceparent the W3C {@code traceparent} of the trace the event was committed in (or
 *     received with), or {@code null} when the bus traces nothing; for logs, and for handlers that
 *     pass the trace on
 */
public record EventContext(
    UUID eventId,
    String aggregateId,
    long sequence,
    Instant occurredAt,
    int attempt,
    String aggregateType,
    String traceparent) {

  public EventContext {
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(occurredAt, "occurredAt");
    if (attempt < 1) {
      throw new IllegalArgumentException("attempt must be 1 or more, was " + attempt);
    }
  }

  /** A context without trace. */
  public EventContext(
      UUID eventId,
      String aggregateId,
      long sequence,
      Instant occurredAt,
      int attempt,
      String aggregateType) {
    this(eventId, aggregateId, sequence, occurredAt, attempt, aggregateType, null);
  }

  /** A context without aggregate type, as a test or an event published outside an aggregate has. */
  public EventContext(
      UUID eventId, String aggregateId, long sequence, Instant occurredAt, int attempt) {
    this(eventId, aggregateId, sequence, occurredAt, attempt, null, null);
  }
}
