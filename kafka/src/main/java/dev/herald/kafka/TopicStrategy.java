package dev.herald.kafka;

import dev.herald.runtime.generated.IntegrationEventType;
import java.util.Objects;

/**
 * Chooses the Kafka topic an integration event is published to.
 *
 * <p>The default, {@link #perService()}, puts every event of one service on one topic named after
 * the service's CloudEvents source, so a consumer sees one service's events in publication order
 * per aggregate whatever their type; {@link #perEventType()} gives each type its own topic, for
 * consumers that want only some types.
 */
@FunctionalInterface
public interface TopicStrategy {

  /** The topic for events of this type; the same type must always map to the same topic. */
  String topicFor(IntegrationEventType type);

  /**
   * One topic per service: the event's {@code source} with every character Kafka does not allow in
   * a topic name replaced by {@code .}, e.g. {@code mario-pizzeria/orders} to {@code
   * mario-pizzeria.orders}.
   */
  static TopicStrategy perService() {
    return type -> TopicNames.sanitize(type.source());
  }

  /**
   * One topic per event type, shared by all versions of it so that a consumer reading two versions
   * keeps their order: e.g. {@code com.mariopizzeria.order.confirmed}.
   */
  static TopicStrategy perEventType() {
    return type -> TopicNames.sanitize(type.type());
  }

  /** Every event on the given topic. */
  static TopicStrategy fixed(String topic) {
    String checked = TopicNames.requireValid(Objects.requireNonNull(topic, "topic"));
    return type -> checked;
  }
}
