package dev.herald.micrometer;

import dev.herald.kafka.consume.KafkaIntegrationConsumer;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.Objects;

/**
 * Meters a {@link KafkaIntegrationConsumer}, per consumer group ({@value #GROUP_TAG}): events
 * handed to the service, records sent to the dead-letter topic, rejected records whose dead letter
 * the topic refused for good, and the consumer lag.
 */
public final class KafkaConsumerMetrics implements MeterBinder {

  /** Function counter: received events the service accepted. */
  public static final String RECEIVED = "herald.kafka.received";

  /** Function counter: records written to the dead-letter topic. */
  public static final String DEAD_LETTERS = "herald.kafka.dead.letters";

  /** Function counter: rejected records passed without a dead letter (each logged at ERROR). */
  public static final String UNWRITTEN_DEAD_LETTERS = "herald.kafka.dead.letters.unwritten";

  /** Gauge: records behind the end of the assigned partitions at the last poll. */
  public static final String LAG = "herald.kafka.consumer.lag";

  public static final String GROUP_TAG = "group";

  private final KafkaIntegrationConsumer consumer;

  public KafkaConsumerMetrics(KafkaIntegrationConsumer consumer) {
    this.consumer = Objects.requireNonNull(consumer, "consumer");
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    Tags tags = Tags.of(GROUP_TAG, consumer.groupId());
    FunctionCounter.builder(RECEIVED, consumer, KafkaIntegrationConsumer::deliveredCount)
        .description("Received integration events the service accepted")
        .tags(tags)
        .register(registry);
    FunctionCounter.builder(DEAD_LETTERS, consumer, KafkaIntegrationConsumer::rejectedCount)
        .description("Rejected records written to the dead-letter topic")
        .tags(tags)
        .register(registry);
    FunctionCounter.builder(
            UNWRITTEN_DEAD_LETTERS, consumer, KafkaIntegrationConsumer::unwrittenDeadLetterCount)
        .description("Rejected records the dead-letter topic refused for good; logged at ERROR")
        .tags(tags)
        .register(registry);
    Gauge.builder(LAG, consumer, c -> c.lag() < 0 ? Double.NaN : c.lag())
        .description("Records behind the end of the assigned partitions at the last poll")
        .tags(tags)
        .register(registry);
  }
}
