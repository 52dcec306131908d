package dev.herald.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.kafka.bus.BusIntegrationEventSink;
import dev.herald.kafka.bus.KafkaBusPublishing;
import dev.herald.kafka.consume.KafkaIntegrationConsumer;
import dev.herald.kafka.delivery.DeliveryAppCodec;
import dev.herald.kafka.delivery.DeliveryAppTable;
import dev.herald.kafka.orders.Order;
import dev.herald.kafka.orders.OrdersCodec;
import dev.herald.kafka.publish.KafkaIntegrationPublisher;
import dev.herald.kafka.testbroker.KafkaTestBroker;
import dev.herald.runtime.DeadLetter;
import dev.herald.runtime.EventBus;
import dev.herald.runtime.RetryPolicy;
import dev.herald.runtime.UnitOfWork;
import dev.herald.runtime.spi.EventEnvelope;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * The Kafka parts wired into two buses, as two services would be: service A's committed aggregate
 * events reach service B's handler with their ids, aggregate ids and order; a publish that keeps
 * failing is retried and dead-lettered by service A's bus like a handler.
 */
class BusIntegrationTest {

  @Test
  void committedEventsOfServiceAReachTheHandlerOfServiceBInOrder() throws Exception {
    KafkaTestBroker broker = KafkaTestBroker.shared();
    broker.createTopic("mario-pizzeria.orders", 3);
    DeliveryAppTable table = new DeliveryAppTable();
    List<UUID> committedIds = new ArrayList<>();
    try (KafkaIntegrationPublisher publisher =
            KafkaIntegrationPublisher.builder(broker.bootstrapServers(), new OrdersCodec())
                .build();
        EventBus serviceA =
            KafkaBusPublishing.subscribe(EventBus.builder(List.of()), publisher).build();
        EventBus serviceB = EventBus.builder(List.of(table)).build();
        KafkaIntegrationConsumer consumer =
            KafkaIntegrationConsumer.builder(
                    broker.bootstrapServers(),
                    "delivery-app",
                    new BusIntegrationEventSink(serviceB),
                    new DeliveryAppCodec())
                .topics("mario-pizzeria.orders")
                .build()
                .start()) {
      for (int round = 1; round <= 5; round++) {
        for (int o = 0; o < 4; o++) {
          Order order = new Order("order-" + o);
          order.restoreVersion(round - 1);
          try (UnitOfWork work = serviceA.unitOfWork()) {
            work.register(order);
            order.confirm(100L * round);
            work.commit().events().forEach(e -> committedIds.add(e.eventId()));
          }
        }
      }
      assertTrue(serviceA.awaitIdle(Duration.ofSeconds(60)), "service A published everything");
      assertEquals(List.of(), serviceA.deadLetters());
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (table.handled().size() < committedIds.size() && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
      assertTrue(serviceB.awaitIdle(Duration.ofSeconds(30)));
    }

    List<DeliveryAppTable.Handled> handled = table.handled();
    assertEquals(
        committedIds,
        sortedLike(committedIds, handled),
        "every committed event handled once, by id");
    Map<String, List<Long>> sequences = new LinkedHashMap<>();
    for (DeliveryAppTable.Handled h : handled) {
      assertEquals(h.event().orderId(), h.context().aggregateId());
      assertEquals(
          "Order",
          h.context().aggregateType(),
          "the aggregate type travels as a CloudEvents extension");
      sequences
          .computeIfAbsent(h.context().aggregateId(), id -> new ArrayList<>())
          .add(h.context().sequence());
    }
    List<Long> expected = LongStream.rangeClosed(1, 5).boxed().toList();
    assertEquals(4, sequences.size());
    sequences.forEach((order, seen) -> assertEquals(expected, seen, "sequence order of " + order));
  }

  @Test
  void aPublishThatKeepsFailingIsRetriedAndDeadLetteredByTheBus() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    String subscriberId = KafkaBusPublishing.SUBSCRIBER_ID;
    try (KafkaIntegrationPublisher publisher =
            KafkaIntegrationPublisher.builder("127.0.0.1:" + closedPort, new OrdersCodec())
                .producerProperty("max.block.ms", 200)
                .build();
        EventBus serviceA =
            KafkaBusPublishing.subscribe(EventBus.builder(List.of()), publisher)
                .retryPolicy(
                    subscriberId, RetryPolicy.of(3, Duration.ofMillis(10), Duration.ofMillis(50)))
                .build()) {
      Order order = new Order("order-lost-broker");
      EventEnvelope committed;
      try (UnitOfWork work = serviceA.unitOfWork()) {
        work.register(order);
        order.confirm(900);
        committed = work.commit().events().get(0);
      }
      assertTrue(serviceA.awaitIdle(Duration.ofSeconds(30)));

      List<DeadLetter> deadLetters = serviceA.deadLetters();
      assertEquals(1, deadLetters.size());
      assertEquals(subscriberId, deadLetters.get(0).delivery().routeId());
      assertEquals(committed.eventId(), deadLetters.get(0).delivery().envelope().eventId());
      assertEquals(3, deadLetters.get(0).attempts());
    }
  }

  /**
   * The handled events' ids, in the order of the committed ids, checking each appears exactly once.
   */
  private static List<UUID> sortedLike(
      List<UUID> committed, List<DeliveryAppTable.Handled> handled) {
    List<UUID> ids = handled.stream().map(h -> h.context().eventId()).toList();
    assertEquals(committed.size(), ids.size(), "handled count");
    return committed.stream().filter(ids::contains).toList();
  }
}
