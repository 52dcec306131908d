package dev.herald.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.kafka.bus.BusIntegrationEventSink;
import dev.herald.kafka.bus.ReceivedEventRecorder;
import dev.herald.kafka.consume.KafkaIntegrationConsumer;
import dev.herald.kafka.delivery.DeliveryAppCodec;
import dev.herald.kafka.delivery.DeliveryAppTable;
import dev.herald.kafka.orders.OrderConfirmed;
import dev.herald.kafka.orders.OrdersCodec;
import dev.herald.kafka.publish.KafkaIntegrationPublisher;
import dev.herald.kafka.testbroker.KafkaTestBroker;
import dev.herald.runtime.EventBus;
import dev.herald.runtime.spi.CommittingEvents;
import dev.herald.runtime.spi.EventEnvelope;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A recorder (the hook the JDBC inbox and outbox fill) sees every received event before its offset
 * is committed: a record published twice is delivered once, and a recorder failure makes the
 * consumer read the record again rather than skip it.
 */
class DeduplicatingReceiveTest {

  /** Stands in for the JDBC inbox: remembers keys, and fails once for one chosen event. */
  private static final class MemoryRecorder implements ReceivedEventRecorder {
    final Set<UUID> keys = new HashSet<>();
    final List<String> calls = new ArrayList<>();
    final UUID failOnceFor;
    boolean failed;

    MemoryRecorder(UUID failOnceFor) {
      this.failOnceFor = failOnceFor;
    }

    @Override
    public synchronized boolean record(UUID key, CommittingEvents deliveries) throws Exception {
      EventEnvelope event = deliveries.events().get(0);
      assertEquals(DeliveryAppTable.ROUTE_ID, deliveries.deliveries().get(0).routeId());
      if (event.eventId().equals(failOnceFor) && !failed) {
        failed = true;
        calls.add(event.aggregateId() + ":failed");
        throw new java.sql.SQLException("database briefly unavailable");
      }
      boolean fresh = keys.add(key);
      calls.add(event.aggregateId() + (fresh ? ":recorded" : ":duplicate"));
      return fresh;
    }
  }

  @Test
  void aDuplicateIsDeliveredOnceAndARecorderFailureIsRetried() throws Exception {
    KafkaTestBroker broker = KafkaTestBroker.shared();
    String topic = "dedup";
    broker.createTopic(topic, 1);
    EventEnvelope first = envelope("order-1");
    EventEnvelope second = envelope("order-2");
    EventEnvelope third = envelope("order-3");
    try (KafkaIntegrationPublisher publisher =
        KafkaIntegrationPublisher.builder(broker.bootstrapServers(), new OrdersCodec())
            .topicStrategy(TopicStrategy.fixed(topic))
            .build()) {
      for (EventEnvelope envelope : List.of(first, first, second, third)) {
        publisher.publish(envelope).toCompletableFuture().get(30, TimeUnit.SECONDS);
      }
    }

    MemoryRecorder recorder = new MemoryRecorder(third.eventId());
    DeliveryAppTable table = new DeliveryAppTable();
    try (EventBus serviceB = EventBus.builder(List.of(table)).build();
        KafkaIntegrationConsumer consumer =
            KafkaIntegrationConsumer.builder(
                    broker.bootstrapServers(),
                    "dedup-app",
                    new BusIntegrationEventSink(serviceB, recorder),
                    new DeliveryAppCodec())
                .topics(topic)
                .retryBackoff(Duration.ofMillis(200))
                .build()
                .start()) {
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (table.handled().size() < 3 && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
      assertTrue(serviceB.awaitIdle(Duration.ofSeconds(10)));
    }

    assertEquals(
        List.of(first.eventId(), second.eventId(), third.eventId()),
        table.handled().stream().map(h -> h.context().eventId()).toList());
    assertEquals(
        List.of(
            "order-1:recorded",
            "order-1:duplicate",
            "order-2:recorded",
            "order-3:failed",
            "order-3:recorded"),
        recorder.calls);
  }

  private static EventEnvelope envelope(String orderId) {
    return new EventEnvelope(
        UUID.randomUUID(),
        "Order",
        orderId,
        1,
        Instant.now(),
        new OrderConfirmed(orderId, "c", 100));
  }
}
