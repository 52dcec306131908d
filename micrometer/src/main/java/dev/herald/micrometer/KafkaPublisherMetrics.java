package dev.herald.micrometer;

import dev.herald.kafka.publish.KafkaIntegrationPublisher;
import dev.herald.runtime.generated.IntegrationEventType;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.Objects;

/**
 * Meters a {@link KafkaIntegrationPublisher}, per topic ({@value #TOPIC_TAG}) and CloudEvents type
 * ({@value #TYPE_TAG}): records the broker acknowledged (their rate is the publish rate) and sends
 * that failed. A publish that failed for good is a dead letter of the bus's Kafka subscriber,
 * counted by {@link DeliveryMetrics#DEAD_LETTERS} under its route id ({@code
 * kafka:integration-events}).
 */
public final class KafkaPublisherMetrics implements MeterBinder {

  /** Function counter: records the broker acknowledged. */
  public static final String PUBLISHED = "herald.kafka.published";

  /** Function counter: sends that failed (each retried by the bus). */
  public static final String FAILURES = "herald.kafka.publish.failures";

  public static final String TOPIC_TAG = "topic";
  public static final String TYPE_TAG = "type";

  private final KafkaIntegrationPublisher publisher;

  public KafkaPublisherMetrics(KafkaIntegrationPublisher publisher) {
    this.publisher = Objects.requireNonNull(publisher, "publisher");
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    for (IntegrationEventType type : publisher.eventTypes()) {
      Tags tags = Tags.of(TOPIC_TAG, publisher.topicFor(type), TYPE_TAG, type.cloudEventType());
      FunctionCounter.builder(PUBLISHED, publisher, p -> p.acknowledgedCount(type))
          .description("Integration events the broker acknowledged")
          .tags(tags)
          .register(registry);
      FunctionCounter.builder(FAILURES, publisher, p -> p.failedCount(type))
          .description("Sends of integration events that failed; the bus retries them")
          .tags(tags)
          .register(registry);
    }
  }
}
