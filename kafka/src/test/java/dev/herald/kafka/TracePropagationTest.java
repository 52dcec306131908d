package dev.herald.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.kafka.bus.BusIntegrationEventSink;
import dev.herald.kafka.bus.KafkaBusPublishing;
import dev.herald.kafka.consume.KafkaIntegrationConsumer;
import dev.herald.kafka.delivery.DeliveryAppCodec;
import dev.herald.kafka.delivery.DeliveryAppTable;
import dev.herald.kafka.orders.Order;
import dev.herald.kafka.orders.OrderConfirmed;
import dev.herald.kafka.orders.OrdersCodec;
import dev.herald.kafka.publish.KafkaIntegrationPublisher;
import dev.herald.kafka.testbroker.KafkaTestBroker;
import dev.herald.runtime.EventBus;
import dev.herald.runtime.UnitOfWork;
import dev.herald.runtime.generated.IntegrationEventType;
import dev.herald.runtime.spi.EventEnvelope;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The committing thread's trace crosses Kafka without any tracing library: the bus puts it on the
 * envelope, the publisher writes it as {@code traceparent}, and the consumer puts it on the
 * received envelope, where service B's handler finds it; the publisher counts acknowledged sends
 * per type and the consumer knows its lag.
 */
class TracePropagationTest {

  private static final String TOPIC = "traced.orders";
  private static final String COMMIT_TRACE =
      "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
  private static final String PUBLISH_TRACE =
      "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";

  @Test
  void theCommittingThreadsTraceReachesServiceBsHandler() throws Exception {
    KafkaTestBroker broker = KafkaTestBroker.shared();
    broker.createTopic(TOPIC, 2);
    ThreadLocal<String> committingTrace = new ThreadLocal<>();
    ThreadLocalTraceContext publishingTrace = new ThreadLocalTraceContext();
    DeliveryAppTable table = new DeliveryAppTable();
    try (KafkaIntegrationPublisher publisher =
            KafkaIntegrationPublisher.builder(broker.bootstrapServers(), new OrdersCodec())
                .topicStrategy(TopicStrategy.fixed(TOPIC))
                .traceContext(publishingTrace)
                .build();
        EventBus serviceA =
            KafkaBusPublishing.subscribe(EventBus.builder(List.of()), publisher)
                .traceCapture(committingTrace::get)
                .build();
        EventBus serviceB = EventBus.builder(List.of(table)).build();
        KafkaIntegrationConsumer consumer =
            KafkaIntegrationConsumer.builder(
                    broker.bootstrapServers(),
                    "traced-delivery-app",
                    new BusIntegrationEventSink(serviceB),
                    new DeliveryAppCodec())
                .topics(TOPIC)
                .build()
                .start()) {
      committingTrace.set(COMMIT_TRACE);
      try {
        commitConfirmation(serviceA, "order-traced");
      } finally {
        committingTrace.remove();
      }
      assertTrue(serviceA.awaitIdle(Duration.ofSeconds(30)));
      // A publisher whose own context has a trace (a span around the publish) sends that one.
      try (ThreadLocalTraceContext.Scope scope = publishingTrace.open(PUBLISH_TRACE)) {
        publisher
            .publish(
                new EventEnvelope(
                    UUID.randomUUID(),
                    "Order",
                    "order-direct",
                    1,
                    Instant.now(),
                    new OrderConfirmed("order-direct", "Ada", 5),
                    COMMIT_TRACE))
            .toCompletableFuture()
            .join();
      }

      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (table.handled().size() < 2 && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
      assertTrue(serviceB.awaitIdle(Duration.ofSeconds(30)));
      List<DeliveryAppTable.Handled> handled = table.handled();
      assertEquals(2, handled.size());
      for (DeliveryAppTable.Handled h : handled) {
        assertEquals(
            h.event().orderId().equals("order-traced") ? COMMIT_TRACE : PUBLISH_TRACE,
            h.context().traceparent(),
            h.event().orderId());
      }

      IntegrationEventType confirmed =
          publisher.eventTypes().stream()
              .filter(type -> type.eventType() == OrderConfirmed.class)
              .findFirst()
              .orElseThrow();
      assertEquals(2, publisher.acknowledgedCount(confirmed));
      assertEquals(0, publisher.failedCount(confirmed));
      deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
      while (consumer.lag() != 0 && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
      assertEquals(0, consumer.lag(), "caught up with both partitions");
    }
  }

  private static void commitConfirmation(EventBus bus, String orderId) {
    Order order = new Order(orderId);
    try (UnitOfWork work = bus.unitOfWork()) {
      work.register(order);
      order.confirm(700);
      work.commit();
    }
  }
}
