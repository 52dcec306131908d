package dev.herald.kafka;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.herald.kafka.consume.KafkaIntegrationConsumer;
import dev.herald.kafka.consume.ReceivedEvent;
import dev.herald.kafka.delivery.ConfirmedOrder;
import dev.herald.kafka.delivery.DeliveryAppCodec;
import dev.herald.kafka.orders.OrderConfirmed;
import dev.herald.kafka.orders.OrdersCodec;
import dev.herald.kafka.publish.KafkaIntegrationPublisher;
import dev.herald.kafka.testbroker.KafkaTestBroker;
import dev.herald.runtime.spi.EventEnvelope;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Service A publishes OrderConfirmed; service B, with its own codec and record, receives an equal
 * event.
 */
class RoundTripTest {

  private static final String TRACEPARENT =
      "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
  private static KafkaTestBroker broker;

  @BeforeAll
  static void startBroker() {
    broker = KafkaTestBroker.shared();
  }

  @Test
  void binaryModeCarriesEveryAttributeAndTheTrace() throws Exception {
    String topic = "roundtrip-binary";
    broker.createTopic(topic, 3);
    EventEnvelope sent = envelope("order-17");
    ThreadLocalTraceContext publisherTrace = new ThreadLocalTraceContext();
    try (KafkaIntegrationPublisher publisher =
            KafkaIntegrationPublisher.builder(broker.bootstrapServers(), new OrdersCodec())
                .topicStrategy(TopicStrategy.fixed(topic))
                .traceContext(publisherTrace)
                .build();
        ThreadLocalTraceContext.Scope scope = publisherTrace.open(TRACEPARENT)) {
      publisher.publish(sent).toCompletableFuture().get(30, TimeUnit.SECONDS);
    }

    ConsumerRecord<byte[], byte[]> raw =
        RawTopic.read(broker, topic, 1, Duration.ofSeconds(30)).get(0);
    assertEquals("order-17", new String(raw.key(), UTF_8));
    assertEquals(sent.eventId().toString(), header(raw, "ce_id"));
    assertEquals("1.0", header(raw, "ce_specversion"));
    assertEquals("mario-pizzeria/orders", header(raw, "ce_source"));
    assertEquals("com.mariopizzeria.order.confirmed.v1", header(raw, "ce_type"));
    assertEquals("order-17", header(raw, "ce_subject"));
    assertEquals("application/json", header(raw, "content-type"));
    assertEquals(TRACEPARENT, header(raw, "ce_traceparent"));
    assertEquals(sent.occurredAt(), Instant.parse(header(raw, "ce_time")));
    JsonNode data = new ObjectMapper().readTree(raw.value());
    assertEquals("order-17", data.get("orderId").asText());
    assertEquals(4250, data.get("totalCents").asLong());

    ReceivedEvent received = receiveOne(topic, "delivery-app-binary");
    assertReceivedAsSent(sent, received);
    assertEquals(TRACEPARENT, received.traceparent());
  }

  @Test
  void structuredModeIsOneCloudEventsJsonDocument() throws Exception {
    String topic = "roundtrip-structured";
    broker.createTopic(topic, 3);
    EventEnvelope sent = envelope("order-18");
    try (KafkaIntegrationPublisher publisher =
        KafkaIntegrationPublisher.builder(broker.bootstrapServers(), new OrdersCodec())
            .topicStrategy(TopicStrategy.fixed(topic))
            .contentMode(ContentMode.STRUCTURED)
            .build()) {
      publisher.publish(sent).toCompletableFuture().get(30, TimeUnit.SECONDS);
    }

    ConsumerRecord<byte[], byte[]> raw =
        RawTopic.read(broker, topic, 1, Duration.ofSeconds(30)).get(0);
    assertEquals("order-18", new String(raw.key(), UTF_8));
    assertTrue(
        header(raw, "content-type").startsWith("application/cloudevents+json"),
        header(raw, "content-type"));
    JsonNode event = new ObjectMapper().readTree(raw.value());
    assertEquals(sent.eventId().toString(), event.get("id").asText());
    assertEquals("com.mariopizzeria.order.confirmed.v1", event.get("type").asText());
    assertEquals("order-18", event.get("subject").asText());
    assertEquals(
        "order-18", event.get("data").get("orderId").asText(), "data is inline JSON, not base64");

    ReceivedEvent received = receiveOne(topic, "delivery-app-structured");
    assertReceivedAsSent(sent, received);
    assertEquals(null, received.traceparent());
  }

  @Test
  void theReceivingThreadSeesTheTraceWhileTheSinkTakesTheEvent() throws Exception {
    String topic = "roundtrip-trace";
    broker.createTopic(topic, 1);
    ThreadLocalTraceContext trace = new ThreadLocalTraceContext();
    try (KafkaIntegrationPublisher publisher =
        KafkaIntegrationPublisher.builder(broker.bootstrapServers(), new OrdersCodec())
            .topicStrategy(TopicStrategy.fixed(topic))
            .traceContext(() -> TRACEPARENT)
            .build()) {
      publisher.publish(envelope("order-19")).toCompletableFuture().get(30, TimeUnit.SECONDS);
    }
    CompletableFuture<String> seen = new CompletableFuture<>();
    try (KafkaIntegrationConsumer consumer =
        KafkaIntegrationConsumer.builder(
                broker.bootstrapServers(),
                "trace-app",
                event -> {
                  seen.complete(trace.traceparent());
                  return CompletableFuture.completedFuture(null);
                },
                new DeliveryAppCodec())
            .topics(topic)
            .traceContext(trace)
            .build()
            .start()) {
      assertEquals(TRACEPARENT, seen.get(60, TimeUnit.SECONDS));
    }
    assertEquals(null, trace.traceparent(), "the scope is closed after the hand-over");
  }

  private static ReceivedEvent receiveOne(String topic, String group) throws Exception {
    CollectingSink sink = new CollectingSink();
    KafkaIntegrationConsumer consumer =
        KafkaIntegrationConsumer.builder(
                broker.bootstrapServers(), group, sink, new DeliveryAppCodec())
            .topics(topic)
            .build()
            .start();
    List<ReceivedEvent> received;
    try (consumer) {
      received = sink.awaitCount(1, Duration.ofSeconds(60));
    }
    assertEquals(1, received.size(), "events received by service B");
    assertEquals(1, consumer.deliveredCount());
    assertEquals(0, consumer.rejectedCount());
    return received.get(0);
  }

  private static void assertReceivedAsSent(EventEnvelope sent, ReceivedEvent received) {
    OrderConfirmed original = (OrderConfirmed) sent.event();
    assertEquals(
        new ConfirmedOrder(original.orderId(), original.customerId(), original.totalCents()),
        received.envelope().event());
    assertEquals(sent.eventId(), received.envelope().eventId());
    assertEquals(sent.aggregateId(), received.envelope().aggregateId());
    assertEquals(sent.aggregateType(), received.envelope().aggregateType());
    assertEquals(sent.sequence(), received.envelope().sequence());
    assertEquals(sent.occurredAt(), received.envelope().occurredAt());
    assertEquals("mario-pizzeria/orders", received.source());
    assertEquals(sent.eventId().toString(), received.cloudEventId());
    assertEquals(DeliveryAppCodec.CONFIRMED, received.type());
  }

  private static EventEnvelope envelope(String orderId) {
    return new EventEnvelope(
        UUID.randomUUID(),
        "Order",
        orderId,
        3,
        Instant.now().truncatedTo(ChronoUnit.MICROS),
        new OrderConfirmed(orderId, "customer-" + orderId, 4250));
  }

  private static String header(ConsumerRecord<?, ?> record, String name) {
    Header header = record.headers().lastHeader(name);
    assertNotNull(header, "header " + name);
    return new String(header.value(), UTF_8);
  }
}
