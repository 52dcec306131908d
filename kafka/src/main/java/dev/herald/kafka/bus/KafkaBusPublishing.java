package dev.herald.kafka.bus;

import dev.herald.Phase;
import dev.herald.kafka.publish.KafkaIntegrationPublisher;
import dev.herald.runtime.EventBus;
import dev.herald.runtime.EventContext;
import dev.herald.runtime.generated.IntegrationEventType;
import dev.herald.runtime.spi.EventEnvelope;
import java.util.ArrayList;
import java.util.List;

/**
 * Registers a {@link KafkaIntegrationPublisher} on a bus as one AFTER_COMMIT subscriber of all its
 * integration event types, so that a committed integration event is published like any handler is
 * called: isolated, retried with back-off, dead-lettered after the last attempt, redrivable, and
 * durable through the outbox when the bus uses the JDBC delivery store.
 *
 * <p>One subscriber rather than one per type on purpose: the bus orders deliveries per aggregate
 * and subscriber, so a single subscriber publishes an aggregate's events of every type in sequence
 * order, which is what the aggregate-id record key promises consumers.
 */
public final class KafkaBusPublishing {

  /** Subscriber ids start with this. */
  public static final String SUBSCRIBER_PREFIX = "kafka:";

  /**
   * The id of the subscriber {@link #subscribe} registers; dead letters and retry policies use it.
   */
  public static final String SUBSCRIBER_ID = SUBSCRIBER_PREFIX + "integration-events";

  private KafkaBusPublishing() {}

  /**
   * Subscribes the publisher to all of its integration event types, as {@link #SUBSCRIBER_ID}.
   *
   * @return the builder, for chaining
   */
  public static EventBus.Builder subscribe(
      EventBus.Builder bus, KafkaIntegrationPublisher publisher) {
    return subscribe(bus, publisher, SUBSCRIBER_ID);
  }

  /**
   * Subscribes the publisher to all of its integration event types under the given id, for a bus
   * with more than one publisher (e.g. two clusters).
   *
   * @return the builder, for chaining
   */
  public static EventBus.Builder subscribe(
      EventBus.Builder bus, KafkaIntegrationPublisher publisher, String id) {
    List<Class<?>> recordTypes = new ArrayList<>();
    for (IntegrationEventType type : publisher.eventTypes()) {
      recordTypes.add(type.eventType());
    }
    return bus.subscribe(
        id,
        recordTypes,
        Phase.AFTER_COMMIT,
        (Object event, EventContext context) -> publisher.publish(envelope(event, context)));
  }

  /**
   * The id of a subscriber that publishes only events of this type, for applications that register
   * per-type subscribers themselves (and accept that order then holds per aggregate and type only).
   */
  public static String subscriberId(IntegrationEventType type) {
    return SUBSCRIBER_PREFIX + type.cloudEventType();
  }

  /** The envelope of a delivered event, rebuilt from what its subscriber sees. */
  private static EventEnvelope envelope(Object event, EventContext context) {
    return new EventEnvelope(
        context.eventId(),
        context.aggregateType(),
        context.aggregateId(),
        context.sequence(),
        context.occurredAt(),
        event,
        context.traceparent());
  }
}
