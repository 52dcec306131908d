package dev.herald.kafka.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.kafka.ForwardingCodec;
import dev.herald.kafka.IntegrationEventCatalog;
import dev.herald.kafka.TopicStrategy;
import dev.herald.kafka.orders.OrderConfirmed;
import dev.herald.kafka.orders.OrdersCodec;
import dev.herald.runtime.generated.EventCodec;
import dev.herald.runtime.generated.IntegrationEventType;
import dev.herald.runtime.spi.EventEnvelope;
import io.cloudevents.kafka.KafkaMessageFactory;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

/**
 * The hand-built binary-mode records carry exactly the headers, key and value the CloudEvents SDK's
 * binary writer produced from the same envelope, so consumers see no difference.
 */
class BinaryRecordWriterTest {

  private static final String TRACEPARENT =
      "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";

  private final IntegrationEventCatalog catalog = IntegrationEventCatalog.of(new OrdersCodec());
  private final EventTypeRoute route =
      EventTypeRoute.of(catalog.forRecord(OrderConfirmed.class), TopicStrategy.perService());
  private final CloudEventFactory factory = new CloudEventFactory(catalog);

  @Test
  void headersKeyAndValueAreTheSdksForAnAggregatesEvent() {
    EventEnvelope envelope =
        new EventEnvelope(
            UUID.randomUUID(),
            "Order",
            "order-ü-7",
            42,
            Instant.parse("2026-11-26T14:42:07.120Z"),
            new OrderConfirmed("order-ü-7", "c", 2_450));
    assertSameAsSdk(envelope, null);
    assertSameAsSdk(envelope, TRACEPARENT);
    assertSameAsSdk(envelope, "not-a-trace");
  }

  @Test
  void eventsOutsideAnAggregateHaveNoKeySubjectSequenceNorAggregateType() {
    EventEnvelope envelope =
        new EventEnvelope(
            UUID.randomUUID(), null, null, 0, Instant.EPOCH, new OrderConfirmed("o", "c", 1));
    assertSameAsSdk(envelope, null);
    ProducerRecord<byte[], byte[]> record = BinaryRecordWriter.write(route, envelope, null, null);
    assertNull(record.key());
    assertNull(record.headers().lastHeader("ce_subject"));
    assertEquals("mario-pizzeria.orders", record.topic());
  }

  @Test
  void timeIsWrittenAsTheIsoOffsetFormatterWritesItInUtc() {
    SplittableRandom random = new SplittableRandom(5);
    List<Instant> instants =
        new ArrayList<>(
            List.of(
                Instant.EPOCH,
                Instant.parse("0000-01-01T00:00:00Z"),
                Instant.parse("9999-12-31T23:59:59.999999999Z"),
                Instant.parse("2024-02-29T12:00:00.000000001Z"),
                Instant.parse("1969-12-31T23:59:59.5Z"),
                Instant.parse("-0001-06-01T00:00:00Z"),
                Instant.parse("+10000-01-01T00:00:00.1Z")));
    for (int i = 0; i < 20_000; i++) {
      long second = random.nextLong(-62_167_219_200L, 253_402_300_800L);
      int nano =
          switch (i % 4) {
            case 0 -> 0;
            case 1 -> random.nextInt(1_000) * 1_000_000;
            case 2 -> random.nextInt(1_000_000) * 1_000;
            default -> random.nextInt(1_000_000_000);
          };
      instants.add(Instant.ofEpochSecond(second, nano));
    }
    for (Instant instant : instants) {
      String expected =
          DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atOffset(ZoneOffset.UTC));
      assertEquals(
          expected,
          new String(HeaderValues.time(instant), StandardCharsets.ISO_8859_1),
          instant::toString);
    }
  }

  @Test
  void aSourceThatIsNoUriReferenceIsRejectedWhenThePublisherIsBuilt() {
    IntegrationEventType bad =
        new IntegrationEventType("com.x.bad", 1, "not a uri", OrderConfirmed.class);
    OrdersCodec orders = new OrdersCodec();
    EventCodec codec =
        new ForwardingCodec(orders) {
          @Override
          public List<IntegrationEventType> integrationEvents() {
            return List.of(bad);
          }
        };
    IntegrationEventCatalog badCatalog = IntegrationEventCatalog.of(codec);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                EventTypeRoute.of(
                    badCatalog.forRecord(OrderConfirmed.class), TopicStrategy.fixed("t")));
    assertTrue(e.getMessage().contains("not a uri"), e.getMessage());
  }

  private void assertSameAsSdk(EventEnvelope envelope, String traceparent) {
    byte[] key =
        envelope.aggregateId() == null
            ? null
            : envelope.aggregateId().getBytes(StandardCharsets.UTF_8);
    ProducerRecord<byte[], byte[]> ours =
        BinaryRecordWriter.write(route, envelope, key, traceparent);
    ProducerRecord<byte[], byte[]> sdk =
        KafkaMessageFactory.createWriter(route.topic, key)
            .writeBinary(factory.toCloudEvent(envelope, traceparent));
    assertEquals(headers(sdk), headers(ours));
    assertArrayEquals(sdk.value(), ours.value());
    assertArrayEquals(sdk.key(), ours.key());
    assertEquals(sdk.topic(), ours.topic());
  }

  private static Map<String, String> headers(ProducerRecord<?, ?> record) {
    Map<String, String> headers = new TreeMap<>();
    for (Header header : record.headers()) {
      String previous =
          headers.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
      assertNull(previous, "header " + header.key() + " appears once");
    }
    return headers;
  }
}
