package dev.herald.kafka.bus;

import dev.herald.kafka.publish.KafkaIntegrationPublisher;
import dev.herald.runtime.EventBus;
import dev.herald.runtime.EventContext;
import dev.herald.runtime.EventEnvelope;
import dev.herald.runtime.IntegrationEventType;

/**
 * Registers a {@link KafkaIntegrationPublisher} on a bus as one AFTER_COMMIT subscriber per
 * integration event type, so that a committed integration event is published like any handler is
 * called: isolated, retried with back-off, dead-lettered after the last attempt, redrivable, in
 * order per aggregate, and durable through the outbox when the bus uses the JDBC delivery store.
 *
 * <p>The order is per aggregate and event type: the bus's lanes belong to a subscriber, and each
 * type is one, so events of two types of one aggregate in flight together may be published in
 * either order (see the README's known gap).
 */
public final class KafkaBusPublishing {

  /** Subscriber ids start with this, followed by the CloudEvents type, e.g. {@code kafka:com.x.order.confirmed.v1}. */
  public static final String SUBSCRIBER_PREFIX = "kafka:";

  private KafkaBusPublishing() {}

  /**
   * Subscribes the publisher to each of its integration event types.
   *
   * @return the builder, for chaining
   */
  public static EventBus.Builder subscribe(EventBus.Builder bus, KafkaIntegrationPublisher publisher) {
    for (IntegrationEventType type : publisher.eventTypes()) {
      subscribe(bus, publisher, type, type.eventType());
    }
    return bus;
  }

  /** The stable id of the subscriber that publishes events of this type; dead letters and retry policies use it. */
  public static String subscriberId(IntegrationEventType type) {
    return SUBSCRIBER_PREFIX + type.cloudEventType();
  }

  private static <E> void subscribe(EventBus.Builder bus, KafkaIntegrationPublisher publisher, IntegrationEventType type,
      Class<E> recordType) {
    bus.subscribe(subscriberId(type), recordType,
        (E event, EventContext context) -> publisher.publish(envelope(event, context)));
  }

  /** The envelope of a delivered event, rebuilt from what its subscriber sees. */
  private static EventEnvelope envelope(Object event, EventContext context) {
    return new EventEnvelope(context.eventId(), context.aggregateType(), context.aggregateId(), context.sequence(),
        context.occurredAt(), event);
  }
}
