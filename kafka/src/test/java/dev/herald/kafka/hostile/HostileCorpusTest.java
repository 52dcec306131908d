package dev.herald.kafka.hostile;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.kafka.CloudEventNames;
import dev.herald.kafka.CollectingSink;
import dev.herald.kafka.RawTopic;
import dev.herald.kafka.consume.KafkaIntegrationConsumer;
import dev.herald.kafka.consume.ReceivedEvent;
import dev.herald.kafka.consume.Rejection;
import dev.herald.kafka.delivery.ConfirmedOrder;
import dev.herald.kafka.delivery.DeliveryAppCodec;
import dev.herald.kafka.testbroker.KafkaTestBroker;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

/**
 * The hostile corpus through a real broker and the consumer with its defaults: each row's record is
 * written between two good records; every row gets its outcome (delivered, or dead-lettered with
 * its reason in a dead letter that fits the topic), the good records arrive in order, and the time
 * from the good record before to the good record after stays within a bound.
 */
class HostileCorpusTest {

  private static final String TOPIC = "hostile";
  private static final String GROUP = "hostile-app";

  /** Generous for a loaded 2-core machine: a bad record takes milliseconds when idle. */
  private static final Duration BOUND_PER_RECORD = Duration.ofSeconds(5);

  /** Kafka's default max.message.bytes, which the dead-letter topic keeps. */
  private static final int DEAD_LETTER_TOPIC_LIMIT = 1_048_588;

  @Test
  void everyRecordGetsItsOutcomeAndTheGoodRecordsAroundItArriveInOrder() throws Exception {
    KafkaTestBroker broker = KafkaTestBroker.shared();
    broker.createTopic(TOPIC, 1, Map.of("max.message.bytes", Integer.toString(4 * 1024 * 1024)));
    broker.createTopic(GROUP + ".dlq", 1);
    List<HostileCase> cases = HostileCorpus.cases();
    List<String> expectedOrder = new ArrayList<>();
    Map<Long, HostileCase> byOffset = new HashMap<>();
    try (KafkaProducer<byte[], byte[]> producer = RawTopic.producer(broker)) {
      Map<HostileCase, Future<RecordMetadata>> sent = new HashMap<>();
      for (HostileCase c : cases) {
        producer.send(RecordSpec.goodBinary().producerRecord(TOPIC, c.name() + "-before"));
        sent.put(c, producer.send(c.record().producerRecord(TOPIC, c.name())));
        producer.send(RecordSpec.goodBinary().producerRecord(TOPIC, c.name() + "-after"));
        expectedOrder.add(c.name() + "-before");
        if (c.delivered()) {
          expectedOrder.add(c.name());
        }
        expectedOrder.add(c.name() + "-after");
      }
      producer.flush();
      for (Map.Entry<HostileCase, Future<RecordMetadata>> s : sent.entrySet()) {
        byOffset.put(s.getValue().get(30, TimeUnit.SECONDS).offset(), s.getKey());
      }
    }

    CollectingSink sink = new CollectingSink();
    List<ReceivedEvent> received;
    long unwritten;
    long rejected;
    try (KafkaIntegrationConsumer consumer =
        KafkaIntegrationConsumer.builder(
                broker.bootstrapServers(), GROUP, sink, new DeliveryAppCodec())
            .topics(TOPIC)
            .build()
            .start()) {
      received = sink.awaitCount(expectedOrder.size(), Duration.ofSeconds(180));
      unwritten = consumer.unwrittenDeadLetterCount();
      rejected = consumer.rejectedCount();
    }

    List<String> order = received.stream().map(e -> orderOf(e).orderId()).toList();
    assertEquals(expectedOrder, order, "good records, and delivered hostile ones, in order");
    List<String> report = new ArrayList<>();
    for (HostileCase c : cases) {
      Duration took =
          Duration.ofNanos(
              sink.arrivalNanos(order.indexOf(c.name() + "-after"))
                  - sink.arrivalNanos(order.indexOf(c.name() + "-before")));
      report.add(String.format("%-32s %-26s %6d ms", c.name(), c.outcome(), took.toMillis()));
      assertTrue(
          took.compareTo(BOUND_PER_RECORD) <= 0,
          c.name() + " held the partition for " + took.toMillis() + " ms");
      if (c.checks().containsKey("customerId")) {
        assertEquals(
            c.checks().get("customerId"),
            orderOf(received.get(order.indexOf(c.name()))).customerId());
      }
    }
    report.forEach(line -> System.out.println("hostile " + line));

    long bad = cases.stream().filter(c -> !c.delivered()).count();
    assertEquals(0, unwritten, "dead letters the topic refused");
    assertEquals(bad, rejected, "dead letters written");
    List<ConsumerRecord<byte[], byte[]>> letters =
        RawTopic.read(broker, GROUP + ".dlq", (int) bad, Duration.ofSeconds(60));
    assertEquals(bad, letters.size(), "dead letters read back");
    for (ConsumerRecord<byte[], byte[]> letter : letters) {
      HostileCase c = byOffset.get(Long.parseLong(header(letter, CloudEventNames.DLQ_OFFSET)));
      assertNotNull(c, "a dead letter for offset " + header(letter, CloudEventNames.DLQ_OFFSET));
      checkLetter(c, letter);
    }
  }

  private static void checkLetter(HostileCase c, ConsumerRecord<byte[], byte[]> letter) {
    String detail = header(letter, CloudEventNames.DLQ_DETAIL);
    assertEquals(c.outcome(), header(letter, CloudEventNames.DLQ_REASON), c.name() + ": " + detail);
    assertTrue(detail.length() <= Rejection.MAX_DETAIL_LENGTH, c.name() + ": detail too long");
    assertEquals(TOPIC, header(letter, CloudEventNames.DLQ_TOPIC));
    assertEquals(GROUP, header(letter, CloudEventNames.DLQ_GROUP));
    long size = Math.max(0, letter.serializedKeySize()) + Math.max(0, letter.serializedValueSize());
    for (Header h : letter.headers()) {
      size += h.key().length() + (h.value() == null ? 0 : h.value().length);
    }
    assertTrue(size < DEAD_LETTER_TOPIC_LIMIT, c.name() + ": a dead letter of " + size + " bytes");
    if (c.checks().containsKey("dropped")) {
      String dropped = header(letter, CloudEventNames.DLQ_DROPPED_HEADERS);
      assertTrue(
          dropped.startsWith(c.checks().get("dropped") + "=")
              || dropped.contains("," + c.checks().get("dropped") + "="),
          c.name() + ": dropped headers " + dropped);
      assertTrue(
          count(letter, c.checks().get("dropped"))
              < count(c.record().consumerRecord(TOPIC, 0, c.name()), c.checks().get("dropped")),
          c.name() + ": the dropped header is not copied");
    }
    if (c.checks().containsKey("dropped-value")) {
      assertNotNull(header(letter, CloudEventNames.DLQ_DROPPED_VALUE_BYTES));
      assertNull(letter.value(), c.name() + ": value left out");
    }
    if (c.checks().containsKey("dropped-key")) {
      assertNotNull(header(letter, CloudEventNames.DLQ_DROPPED_KEY_BYTES));
      assertNull(letter.key(), c.name() + ": key left out");
    }
  }

  private static int count(ConsumerRecord<?, ?> record, String header) {
    int count = 0;
    for (Header h : record.headers().headers(header)) {
      count++;
    }
    return count;
  }

  private static ConfirmedOrder orderOf(ReceivedEvent event) {
    return (ConfirmedOrder) event.envelope().event();
  }

  private static String header(ConsumerRecord<?, ?> record, String name) {
    Header header = record.headers().lastHeader(name);
    assertNotNull(header, "header " + name);
    return new String(header.value(), UTF_8);
  }
}
