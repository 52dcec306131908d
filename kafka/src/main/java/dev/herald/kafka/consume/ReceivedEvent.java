package dev.herald.kafka.consume;

import dev.herald.runtime.generated.IntegrationEventType;
import dev.herald.runtime.spi.EventEnvelope;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

/**
 * An integration event read from Kafka and decoded into this service's record, with the CloudEvents
 * attributes that the envelope does not hold.
 *
 * @param envelope the event as the runtime handles it: the record, the event id (the CloudEvents
 *     {@code id} when it is a UUID, else a name-based UUID of {@code source} and {@code id}), the
 *     aggregate id ({@code subject}), sequence and time
 * @param type the contract it was decoded with
 * @param source the CloudEvents {@code source}
 * @param cloudEventId the CloudEvents {@code id} as sent; with {@code source} the key for
 *     deduplication
 * @param traceparent the W3C trace it carried, or {@code null}
 * @param topic the topic it was read from
 * @param partition the partition it was read from
 * @param offset its offset in that partition
 */
public record ReceivedEvent(
    EventEnvelope envelope,
    IntegrationEventType type,
    String source,
    String cloudEventId,
    String traceparent,
    String topic,
    int partition,
    long offset) {

  public ReceivedEvent {
    Objects.requireNonNull(envelope, "envelope");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(cloudEventId, "cloudEventId");
    Objects.requireNonNull(topic, "topic");
  }

  /**
   * The key an inbox deduplicates received events by: a name-based UUID of {@code source} and
   * {@code id}, which the CloudEvents spec makes unique per distinct event.
   */
  public UUID deduplicationKey() {
    return UUID.nameUUIDFromBytes((source + '\n' + cloudEventId).getBytes(StandardCharsets.UTF_8));
  }
}
