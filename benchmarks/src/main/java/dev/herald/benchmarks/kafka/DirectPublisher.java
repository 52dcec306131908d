package dev.herald.benchmarks.kafka;

import dev.herald.benchmarks.outbox.BenchCodec;
import dev.herald.benchmarks.outbox.BenchOrder;
import dev.herald.benchmarks.outbox.Measurement;
import dev.herald.kafka.TopicStrategy;
import dev.herald.kafka.publish.KafkaIntegrationPublisher;
import dev.herald.runtime.spi.EventEnvelope;
import java.util.Map;

/**
 * Herald's publisher called directly: {@code publish(envelope)} per event, CloudEvents in binary
 * mode.
 */
final class DirectPublisher implements Contender {

  private final String bootstrapServers;

  DirectPublisher(String bootstrapServers) {
    this.bootstrapServers = bootstrapServers;
  }

  @Override
  public String label() {
    return "Herald publisher, direct publish(envelope)";
  }

  @Override
  public Measurement run(String topic, int units) throws Exception {
    long events = (long) units * BenchOrder.EVENTS_PER_UNIT;
    Acks acks = new Acks(events);
    try (KafkaIntegrationPublisher publisher = publisher(bootstrapServers, topic)) {
      long start = System.nanoTime();
      for (int unit = 0; unit < units; unit++) {
        BenchOrder order = BenchOrder.placeConfirmAndBake(unit);
        for (EventEnvelope envelope : order.uncommittedEvents()) {
          publisher.publish(envelope).whenComplete((metadata, error) -> acks.acked(error));
        }
      }
      acks.await();
      return new Measurement(events, System.nanoTime() - start);
    }
  }

  /** A publisher of the benchmark events to one topic, with the shared batching settings. */
  static KafkaIntegrationPublisher publisher(String bootstrapServers, String topic) {
    KafkaIntegrationPublisher.Builder builder =
        KafkaIntegrationPublisher.builder(bootstrapServers, new BenchCodec())
            .topicStrategy(TopicStrategy.fixed(topic));
    for (Map.Entry<String, Object> setting : ProducerSettings.batching().entrySet()) {
      builder.producerProperty(setting.getKey(), setting.getValue());
    }
    return builder.build();
  }
}
