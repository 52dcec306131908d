package dev.herald.kafka;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.herald.kafka.consume.IncomingRecordReader;
import dev.herald.kafka.consume.ReceivedEvent;
import dev.herald.kafka.consume.Rejection;
import dev.herald.kafka.consume.RejectionReason;
import dev.herald.kafka.delivery.ConfirmedOrder;
import dev.herald.kafka.delivery.DeliveryAppCodec;
import dev.herald.kafka.orders.OrderConfirmed;
import dev.herald.kafka.orders.OrdersCodec;
import dev.herald.kafka.publish.CloudEventFactory;
import dev.herald.runtime.generated.EventCodec;
import dev.herald.runtime.spi.EventEnvelope;
import io.cloudevents.CloudEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

/**
 * The reader's decisions that need no broker: ids from other publishers, optional attributes,
 * data_base64.
 */
class IncomingRecordReaderTest {

  private static final String DATA =
      "{\"orderId\":\"o-1\",\"customerId\":\"c-1\",\"totalCents\":1200}";
  private final IncomingRecordReader reader =
      new IncomingRecordReader(IntegrationEventCatalog.of(new DeliveryAppCodec()), 1024);

  @Test
  void anIdThatIsNotAUuidGetsAStableNameBasedEventId() throws Rejection {
    ReceivedEvent first = reader.read(binary("order-1-confirmed", null));
    ReceivedEvent again = reader.read(binary("order-1-confirmed", null));
    assertEquals(first.envelope().eventId(), again.envelope().eventId());
    assertEquals(3, first.envelope().eventId().version(), "name-based");
    assertEquals("order-1-confirmed", first.cloudEventId());
  }

  @Test
  void aUuidIdIsTakenAsTheEventIdOnlyInCanonicalForm() throws Rejection {
    UUID id = UUID.fromString("a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11");
    UUID canonical = reader.read(binary(id.toString(), null)).envelope().eventId();
    UUID upper = reader.read(binary(id.toString().toUpperCase(), null)).envelope().eventId();
    UUID lenient = reader.read(binary("1-1-1-1-1", null)).envelope().eventId();
    assertEquals(id, canonical);
    assertNotEquals(canonical, upper, "two CloudEvents ids, two events");
    assertEquals(3, upper.version(), "name-based");
    assertNotEquals(UUID.fromString("1-1-1-1-1"), lenient, "not read leniently as a UUID");
  }

  @Test
  void structuredDataReachesTheCodecExactlyAsSent() throws Rejection {
    List<String> seen = new ArrayList<>();
    EventCodec codec =
        new ForwardingCodec(new DeliveryAppCodec()) {
          @Override
          public Object decode(String typeName, String json) {
            seen.add(json);
            return super.decode(typeName, json);
          }
        };
    String data =
        "{ \"orderId\" : \"o-1\",\"customerId\":\"c-\\u00e9\", \"totalCents\":1200,"
            + " \"rate\": 0.1000000000000000000000000000001 }";
    String json =
        "{\"specversion\":\"1.0\",\"id\":\"x\",\"source\":\"s\","
            + "\"type\":\"com.mariopizzeria.order.confirmed.v1\",\"data\": "
            + data
            + " }";
    RecordHeaders headers = new RecordHeaders();
    headers.add("content-type", "application/cloudevents+json".getBytes(UTF_8));
    new IncomingRecordReader(IntegrationEventCatalog.of(codec), 4096)
        .read(record(headers, json.getBytes(UTF_8)));
    assertEquals(List.of(data), seen);
  }

  @Test
  void withoutTimeTheRecordTimestampIsTheOccurrenceAndWithoutSubjectThereIsNoAggregate()
      throws Rejection {
    ReceivedEvent event = reader.read(binary(UUID.randomUUID().toString(), null));
    assertEquals(Instant.ofEpochMilli(1_700_000_000_000L), event.envelope().occurredAt());
    assertNull(event.envelope().aggregateId());
    assertEquals(0, event.envelope().sequence());
    assertEquals(new ConfirmedOrder("o-1", "c-1", 1200), event.envelope().event());
  }

  @Test
  void structuredModeAcceptsBase64Data() throws Rejection {
    String json =
        "{\"specversion\":\"1.0\",\"id\":\"x\",\"source\":\"s\",\"type\":\"com.mariopizzeria.order.confirmed.v1\","
            + "\"datacontenttype\":\"application/json\",\"data_base64\":\""
            + Base64.getEncoder().encodeToString(DATA.getBytes(UTF_8))
            + "\"}";
    RecordHeaders headers = new RecordHeaders();
    headers.add("content-type", "application/cloudevents+json; charset=utf-8".getBytes(UTF_8));
    ReceivedEvent event = reader.read(record(headers, json.getBytes(UTF_8)));
    assertEquals(new ConfirmedOrder("o-1", "c-1", 1200), event.envelope().event());
  }

  @Test
  void anIllFormedTraceparentIsDroppedNotRejected() throws Rejection {
    ReceivedEvent event = reader.read(binary(UUID.randomUUID().toString(), "not-a-trace"));
    assertNull(event.traceparent());
  }

  @Test
  void theLimitCountsKeyValueAndHeaders() {
    IncomingRecordReader small =
        new IncomingRecordReader(IntegrationEventCatalog.of(new DeliveryAppCodec()), 100);
    Rejection rejection =
        assertThrows(Rejection.class, () -> small.read(binary(UUID.randomUUID().toString(), null)));
    assertEquals(RejectionReason.OVERSIZED, rejection.reason());
  }

  @Test
  void theFactoryRefusesARecordThatIsNoIntegrationEvent() {
    CloudEventFactory factory =
        new CloudEventFactory(IntegrationEventCatalog.of(new OrdersCodec()));
    EventEnvelope envelope =
        new EventEnvelope(UUID.randomUUID(), null, null, 0, Instant.now(), "just a string");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> factory.toCloudEvent(envelope, null));
    assertEquals(true, e.getMessage().contains("java.lang.String"), e.getMessage());
  }

  @Test
  void theFactoryLeavesOutAnIllFormedTraceAndKeepsTheSequence() {
    CloudEventFactory factory =
        new CloudEventFactory(IntegrationEventCatalog.of(new OrdersCodec()));
    EventEnvelope envelope =
        new EventEnvelope(
            UUID.randomUUID(), "Order", "o-1", 7, Instant.now(), new OrderConfirmed("o-1", "c", 1));
    CloudEvent event = factory.toCloudEvent(envelope, "garbage");
    assertNull(event.getExtension("traceparent"));
    assertEquals("7", event.getExtension("heraldsequence"));
    assertEquals("Order", event.getExtension("heraldaggregatetype"));
  }

  private static ConsumerRecord<byte[], byte[]> binary(String id, String traceparent) {
    RecordHeaders headers = new RecordHeaders();
    headers.add("ce_specversion", "1.0".getBytes(UTF_8));
    headers.add("ce_id", id.getBytes(UTF_8));
    headers.add("ce_source", "other-shop/orders".getBytes(UTF_8));
    headers.add("ce_type", "com.mariopizzeria.order.confirmed.v1".getBytes(UTF_8));
    headers.add("content-type", "application/json".getBytes(UTF_8));
    if (traceparent != null) {
      headers.add("ce_traceparent", traceparent.getBytes(UTF_8));
    }
    return record(headers, DATA.getBytes(UTF_8));
  }

  private static ConsumerRecord<byte[], byte[]> record(RecordHeaders headers, byte[] value) {
    return TestRecords.record("t", 0, 0, null, value, headers);
  }
}
