package dev.herald.kafka;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.herald.kafka.consume.KafkaIntegrationConsumer;
import dev.herald.kafka.consume.ReceivedEvent;
import dev.herald.kafka.consume.RejectionReason;
import dev.herald.kafka.delivery.ConfirmedOrder;
import dev.herald.kafka.delivery.DeliveryAppCodec;
import dev.herald.kafka.testbroker.KafkaTestBroker;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

/**
 * A corpus of malformed records, written with a raw producer between two good ones: every bad one
 * lands in the dead-letter topic with the right reason and its original bytes and headers, and both
 * good ones are delivered, in order.
 */
class MalformedCorpusTest {

  private static final String TOPIC = "corpus";
  private static final String CASE = "corpus-case";
  private static final String CONFIRMED_V1 = "com.mariopizzeria.order.confirmed.v1";
  private static final String GOOD_DATA =
      "{\"orderId\":\"o-1\",\"customerId\":\"c-1\",\"totalCents\":1200}";
  private static final int LIMIT = 64 * 1024;

  /** One malformed record: how it is built and the reason it must be rejected with. */
  private record Case(String name, RejectionReason expected, RecordHeaders headers, byte[] value) {}

  @Test
  void everyMalformedRecordIsDeadLetteredWithItsReasonAndConsumptionGoesOn() throws Exception {
    KafkaTestBroker broker = KafkaTestBroker.shared();
    broker.createTopic(TOPIC, 1);
    List<Case> corpus = corpus();
    try (KafkaProducer<byte[], byte[]> producer = RawTopic.producer(broker)) {
      producer.send(
          record(
              binary(CONFIRMED_V1, "application/json"),
              GOOD_DATA.replace("o-1", "good-before"),
              "good"));
      for (Case c : corpus) {
        producer.send(record(c.headers(), c.value(), c.name()));
      }
      producer
          .send(
              record(
                  binary(CONFIRMED_V1, "application/json"),
                  GOOD_DATA.replace("o-1", "good-after"),
                  "good"))
          .get(30, TimeUnit.SECONDS);
    }

    CollectingSink sink = new CollectingSink();
    KafkaIntegrationConsumer consumer =
        KafkaIntegrationConsumer.builder(
                broker.bootstrapServers(), "corpus-app", sink, new DeliveryAppCodec())
            .topics(TOPIC)
            .maxRecordBytes(LIMIT)
            .build()
            .start();
    List<ReceivedEvent> received;
    try (consumer) {
      received = sink.awaitCount(2, Duration.ofSeconds(60));
    }

    assertEquals(
        List.of("good-before", "good-after"),
        received.stream().map(e -> ((ConfirmedOrder) e.envelope().event()).orderId()).toList());
    assertEquals(corpus.size(), consumer.rejectedCount());

    List<ConsumerRecord<byte[], byte[]>> dead =
        RawTopic.read(broker, "corpus-app.dlq", corpus.size(), Duration.ofSeconds(30));
    Map<String, ConsumerRecord<byte[], byte[]>> byCase = new LinkedHashMap<>();
    for (ConsumerRecord<byte[], byte[]> record : dead) {
      byCase.put(header(record, CASE), record);
    }
    Map<String, String> report = new TreeMap<>();
    for (Case c : corpus) {
      ConsumerRecord<byte[], byte[]> letter = byCase.get(c.name());
      assertNotNull(letter, "no dead letter for case " + c.name());
      report.put(
          c.name(),
          header(letter, "herald-dlq-reason") + " | " + header(letter, "herald-dlq-detail"));
      assertEquals(
          c.expected().code(),
          header(letter, "herald-dlq-reason"),
          "reason of case " + c.name() + " (detail: " + header(letter, "herald-dlq-detail") + ")");
      assertEquals(TOPIC, header(letter, "herald-dlq-topic"));
      assertEquals("corpus-app", header(letter, "herald-dlq-group"));
      assertArrayEquals(c.value(), letter.value(), "original value of case " + c.name());
      for (Header original : c.headers()) {
        assertArrayEquals(
            original.value(),
            letter.headers().lastHeader(original.key()).value(),
            "original header " + original.key() + " of case " + c.name());
      }
    }
    assertEquals(corpus.size(), dead.size(), "dead letters");
    report.forEach((name, outcome) -> System.out.println("corpus " + name + " -> " + outcome));
  }

  @Test
  void aRecordTooLargeForTheDeadLetterTopicIsDeadLetteredWithoutItsValue() throws Exception {
    KafkaTestBroker broker = KafkaTestBroker.shared();
    String topic = "corpus-huge";
    broker.createTopic(topic, 1);
    byte[] huge = bytes("{\"orderId\":\"" + "x".repeat(60_000) + "\"}");
    try (KafkaProducer<byte[], byte[]> producer = RawTopic.producer(broker)) {
      producer
          .send(
              new ProducerRecord<>(
                  topic, null, bytes("o-1"), huge, binary(CONFIRMED_V1, "application/json")))
          .get(30, TimeUnit.SECONDS);
      producer
          .send(
              new ProducerRecord<>(
                  topic,
                  null,
                  bytes("o-1"),
                  bytes(GOOD_DATA),
                  binary(CONFIRMED_V1, "application/json")))
          .get(30, TimeUnit.SECONDS);
    }
    CollectingSink sink = new CollectingSink();
    try (KafkaIntegrationConsumer consumer =
        KafkaIntegrationConsumer.builder(
                broker.bootstrapServers(), "huge-app", sink, new DeliveryAppCodec())
            .topics(topic)
            .maxRecordBytes(20_000)
            .deadLetterProducerProperty("max.request.size", 50_000)
            .build()
            .start()) {
      assertEquals(
          1,
          sink.awaitCount(1, Duration.ofSeconds(60)).size(),
          "the good record after it is delivered");
    }
    ConsumerRecord<byte[], byte[]> letter =
        RawTopic.read(broker, "huge-app.dlq", 1, Duration.ofSeconds(30)).get(0);
    assertEquals("oversized", header(letter, "herald-dlq-reason"));
    assertEquals(Integer.toString(huge.length), header(letter, "herald-dlq-dropped-value-bytes"));
    assertEquals(null, letter.value());
    assertEquals(CONFIRMED_V1, header(letter, "ce_type"), "the original headers are kept");
  }

  private static List<Case> corpus() {
    List<Case> corpus = new ArrayList<>();
    corpus.add(
        new Case(
            "bad-json-binary",
            RejectionReason.BAD_JSON,
            binary(CONFIRMED_V1, "application/json"),
            bytes("{\"orderId\": \"o-1\", ")));
    corpus.add(
        new Case(
            "bad-json-structured",
            RejectionReason.BAD_JSON,
            headers("content-type", "application/cloudevents+json"),
            bytes("{\"specversion\":\"1.0\",\"id\":")));
    corpus.add(
        new Case(
            "data-not-utf8",
            RejectionReason.BAD_JSON,
            binary(CONFIRMED_V1, "application/json"),
            new byte[] {'{', '"', (byte) 0xC3, (byte) 0x28, '"', '}'}));
    corpus.add(
        new Case(
            "no-data", RejectionReason.BAD_JSON, binary(CONFIRMED_V1, "application/json"), null));
    corpus.add(
        new Case(
            "missing-id",
            RejectionReason.MISSING_ATTRIBUTE,
            without(binary(CONFIRMED_V1, "application/json"), "ce_id"),
            bytes(GOOD_DATA)));
    corpus.add(
        new Case(
            "missing-source",
            RejectionReason.MISSING_ATTRIBUTE,
            without(binary(CONFIRMED_V1, "application/json"), "ce_source"),
            bytes(GOOD_DATA)));
    corpus.add(
        new Case(
            "missing-type",
            RejectionReason.MISSING_ATTRIBUTE,
            without(binary(CONFIRMED_V1, "application/json"), "ce_type"),
            bytes(GOOD_DATA)));
    corpus.add(
        new Case(
            "missing-specversion",
            RejectionReason.MISSING_ATTRIBUTE,
            without(binary(CONFIRMED_V1, "application/json"), "ce_specversion"),
            bytes(GOOD_DATA)));
    corpus.add(
        new Case(
            "not-a-cloudevent",
            RejectionReason.MISSING_ATTRIBUTE,
            new RecordHeaders(),
            bytes(GOOD_DATA)));
    corpus.add(
        new Case(
            "structured-missing-id-and-type",
            RejectionReason.MISSING_ATTRIBUTE,
            headers("content-type", "application/cloudevents+json"),
            bytes("{\"specversion\":\"1.0\",\"source\":\"x\",\"data\":" + GOOD_DATA + "}")));
    corpus.add(
        new Case(
            "specversion-0.3",
            RejectionReason.UNSUPPORTED_SPEC_VERSION,
            with(binary(CONFIRMED_V1, "application/json"), "ce_specversion", "0.3"),
            bytes(GOOD_DATA)));
    corpus.add(
        new Case(
            "time-not-rfc3339",
            RejectionReason.INVALID_ATTRIBUTE,
            with(binary(CONFIRMED_V1, "application/json"), "ce_time", "yesterday"),
            bytes(GOOD_DATA)));
    corpus.add(
        new Case(
            "unknown-type",
            RejectionReason.UNKNOWN_TYPE,
            binary("com.mariopizzeria.order.cancelled.v1", "application/json"),
            bytes(GOOD_DATA)));
    corpus.add(
        new Case(
            "class-name-as-type",
            RejectionReason.UNKNOWN_TYPE,
            binary(ConfirmedOrder.class.getName(), "application/json"),
            bytes(GOOD_DATA)));
    corpus.add(
        new Case(
            "type-without-version",
            RejectionReason.UNKNOWN_TYPE,
            binary("com.mariopizzeria.order.confirmed", "application/json"),
            bytes(GOOD_DATA)));
    corpus.add(
        new Case(
            "unknown-version",
            RejectionReason.UNKNOWN_VERSION,
            binary("com.mariopizzeria.order.confirmed.v2", "application/json"),
            bytes(GOOD_DATA)));
    corpus.add(
        new Case(
            "payload-missing-field",
            RejectionReason.PAYLOAD_MISMATCH,
            binary(CONFIRMED_V1, "application/json"),
            bytes("{\"orderId\":\"o-1\",\"totalCents\":1200}")));
    corpus.add(
        new Case(
            "payload-wrong-field-type",
            RejectionReason.PAYLOAD_MISMATCH,
            binary(CONFIRMED_V1, "application/json"),
            bytes("{\"orderId\":\"o-1\",\"customerId\":\"c\",\"totalCents\":\"12\"}")));
    corpus.add(
        new Case(
            "payload-is-an-array",
            RejectionReason.PAYLOAD_MISMATCH,
            binary(CONFIRMED_V1, "application/json"),
            bytes("[1,2,3]")));
    corpus.add(
        new Case(
            "oversized",
            RejectionReason.OVERSIZED,
            binary(CONFIRMED_V1, "application/json"),
            bytes(
                "{\"orderId\":\"o-1\",\"customerId\":\""
                    + "x".repeat(LIMIT)
                    + "\",\"totalCents\":1}")));
    corpus.add(
        new Case(
            "content-type-text-plain",
            RejectionReason.UNSUPPORTED_CONTENT_TYPE,
            binary(CONFIRMED_V1, "text/plain"),
            bytes(GOOD_DATA)));
    corpus.add(
        new Case(
            "structured-xml",
            RejectionReason.UNSUPPORTED_CONTENT_TYPE,
            headers("content-type", "application/cloudevents+xml"),
            bytes("<event/>")));
    corpus.add(
        new Case(
            "structured-data-not-json",
            RejectionReason.UNSUPPORTED_CONTENT_TYPE,
            headers("content-type", "application/cloudevents+json"),
            bytes(
                "{\"specversion\":\"1.0\",\"id\":\"1\",\"source\":\"x\",\"type\":\""
                    + CONFIRMED_V1
                    + "\",\"datacontenttype\":\"text/csv\",\"data\":\"o-1,c-1,1200\"}")));
    return corpus;
  }

  private static RecordHeaders binary(String type, String contentType) {
    return headers(
        "ce_specversion",
        "1.0",
        "ce_id",
        UUID.randomUUID().toString(),
        "ce_source",
        "mario-pizzeria/orders",
        "ce_type",
        type,
        "ce_subject",
        "o-1",
        "content-type",
        contentType);
  }

  private static RecordHeaders headers(String... namesAndValues) {
    RecordHeaders headers = new RecordHeaders();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      headers.add(namesAndValues[i], bytes(namesAndValues[i + 1]));
    }
    return headers;
  }

  private static RecordHeaders without(RecordHeaders headers, String name) {
    headers.remove(name);
    return headers;
  }

  private static RecordHeaders with(RecordHeaders headers, String name, String value) {
    headers.remove(name);
    headers.add(name, bytes(value));
    return headers;
  }

  private static ProducerRecord<byte[], byte[]> record(
      RecordHeaders headers, String value, String name) {
    return record(headers, bytes(value), name);
  }

  private static ProducerRecord<byte[], byte[]> record(
      RecordHeaders headers, byte[] value, String name) {
    RecordHeaders all = new RecordHeaders(headers.toArray());
    all.add(CASE, bytes(name));
    return new ProducerRecord<>(TOPIC, null, bytes("o-1"), value, all);
  }

  private static byte[] bytes(String text) {
    return text.getBytes(UTF_8);
  }

  private static String header(ConsumerRecord<?, ?> record, String name) {
    Header header = record.headers().lastHeader(name);
    assertNotNull(header, "header " + name);
    return new String(header.value(), UTF_8);
  }
}
