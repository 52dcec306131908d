package dev.herald.micrometer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.kafka.TopicStrategy;
import dev.herald.kafka.bus.BusIntegrationEventSink;
import dev.herald.kafka.consume.KafkaIntegrationConsumer;
import dev.herald.kafka.publish.KafkaIntegrationPublisher;
import dev.herald.kafka.testbroker.KafkaTestBroker;
import dev.herald.micrometer.TicketCodec.TicketReady;
import dev.herald.runtime.EventBus;
import dev.herald.runtime.generated.HandlerTable;
import dev.herald.runtime.spi.EventEnvelope;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.DoubleSupplier;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;

/**
 * The Kafka binders on a real broker: acknowledged publishes per topic and type, received events, a
 * malformed record counted as a dead letter, and the lag back to 0 once the consumer caught up.
 */
class KafkaMetricsTest {

  private static final String TOPIC = "metered.tickets";
  private static final String GROUP = "metered-kitchen-display";

  @Test
  void publisherAndConsumerMetricsFollowARealBroker() throws Exception {
    KafkaTestBroker broker = KafkaTestBroker.shared();
    broker.createTopic(TOPIC, 2);
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    AtomicInteger received = new AtomicInteger();
    try (KafkaIntegrationPublisher publisher =
            KafkaIntegrationPublisher.builder(broker.bootstrapServers(), new TicketCodec())
                .topicStrategy(TopicStrategy.fixed(TOPIC))
                .build();
        EventBus display =
            EventBus.builder(List.of())
                .subscribe(
                    "display",
                    TicketReady.class,
                    (event, context) -> {
                      received.incrementAndGet();
                      return HandlerTable.COMPLETED;
                    })
                .build();
        KafkaIntegrationConsumer consumer =
            KafkaIntegrationConsumer.builder(
                    broker.bootstrapServers(),
                    GROUP,
                    new BusIntegrationEventSink(display),
                    new TicketCodec())
                .topics(TOPIC)
                .build()) {
      new KafkaPublisherMetrics(publisher).bindTo(registry);
      new KafkaConsumerMetrics(consumer).bindTo(registry);
      for (int i = 0; i < 5; i++) {
        publisher
            .publish(
                new EventEnvelope(
                    UUID.randomUUID(),
                    "Ticket",
                    "t" + i,
                    1,
                    Instant.now(),
                    new TicketReady("t" + i)))
            .toCompletableFuture()
            .join();
      }
      sendMalformedRecord(broker.bootstrapServers());
      consumer.start();

      double published =
          registry
              .get(KafkaPublisherMetrics.PUBLISHED)
              .tags("topic", TOPIC, "type", "com.example.ticket.ready.v1")
              .functionCounter()
              .count();
      assertEquals(5, published);
      awaitValue(() -> counter(registry, KafkaConsumerMetrics.RECEIVED), 5);
      awaitValue(() -> counter(registry, KafkaConsumerMetrics.DEAD_LETTERS), 1);
      awaitValue(
          () -> registry.get(KafkaConsumerMetrics.LAG).tags("group", GROUP).gauge().value(), 0);
      assertEquals(0, counter(registry, KafkaConsumerMetrics.UNWRITTEN_DEAD_LETTERS));
      assertTrue(display.awaitIdle(Duration.ofSeconds(10)));
      assertEquals(5, received.get());
    }
  }

  private static double counter(SimpleMeterRegistry registry, String name) {
    return registry.get(name).tags("group", GROUP).functionCounter().count();
  }

  private static void awaitValue(DoubleSupplier value, double expected)
      throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (value.getAsDouble() != expected && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    assertEquals(expected, value.getAsDouble());
  }

  private static void sendMalformedRecord(String bootstrap) {
    try (KafkaProducer<byte[], byte[]> producer =
        new KafkaProducer<>(
            Map.of("bootstrap.servers", bootstrap),
            new ByteArraySerializer(),
            new ByteArraySerializer())) {
      producer.send(new ProducerRecord<>(TOPIC, "not a cloud event".getBytes())).get();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
