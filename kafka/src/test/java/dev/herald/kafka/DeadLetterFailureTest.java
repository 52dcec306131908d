package dev.herald.kafka;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.kafka.consume.KafkaIntegrationConsumer;
import dev.herald.kafka.consume.ReceivedEvent;
import dev.herald.kafka.delivery.ConfirmedOrder;
import dev.herald.kafka.delivery.DeliveryAppCodec;
import dev.herald.kafka.hostile.RecordSpec;
import dev.herald.kafka.testbroker.KafkaTestBroker;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.junit.jupiter.api.Test;

/**
 * When the dead-letter topic refuses a dead letter, consumption goes on: a topic whose limit is
 * smaller than the consumer knows gets the letter reduced to its {@code herald-dlq-*} headers; a
 * topic that refuses even that, or a topic that cannot exist, costs the dead letter, which is then
 * logged once, with the record's offset and reason, and the records behind it are delivered.
 */
class DeadLetterFailureTest {

  private static final Duration BOUND = Duration.ofSeconds(15);

  @Test
  void aTopicSmallerThanKnownGetsTheReducedLetter() throws Exception {
    KafkaTestBroker broker = KafkaTestBroker.shared();
    broker.createTopic("dlf-small.dlq", 1, Map.of("max.message.bytes", "20000"));
    Outcome outcome = run(broker, "dlf-small", "dlf-small.dlq");
    assertEquals(1, outcome.rejected, "dead letters written");
    assertEquals(0, outcome.unwritten);
    ConsumerRecord<byte[], byte[]> letter =
        RawTopic.read(broker, "dlf-small.dlq", 1, Duration.ofSeconds(30)).get(0);
    assertEquals("unknown-type", text(letter, "herald-dlq-reason"));
    assertEquals("1", text(letter, "herald-dlq-offset"));
    assertNull(letter.value());
    assertNull(letter.headers().lastHeader("ce_type"), "reduced to the herald-dlq-* headers");
    assertTrue(text(letter, "herald-dlq-dropped-headers").contains("ce_type=50000"));
  }

  @Test
  void aTopicThatRefusesEvenTheReducedLetterCostsOnlyThatLetterLoggedOnce() throws Exception {
    KafkaTestBroker broker = KafkaTestBroker.shared();
    broker.createTopic("dlf-tiny.dlq", 1, Map.of("max.message.bytes", "100"));
    Outcome outcome = run(broker, "dlf-tiny", "dlf-tiny.dlq");
    assertEquals(0, outcome.rejected);
    assertEquals(1, outcome.unwritten, "dead letters refused for good");
    assertEquals(1, outcome.notWrittenLines(), outcome.log);
    assertTrue(outcome.log.contains("dlf-tiny-0@1 was rejected as unknown-type"), outcome.log);
    assertTrue(outcome.log.contains("RecordTooLargeException"), outcome.log);
  }

  @Test
  void anInvalidDeadLetterTopicCostsOnlyThatLetterLoggedOnce() throws Exception {
    KafkaTestBroker broker = KafkaTestBroker.shared();
    Outcome outcome = run(broker, "dlf-invalid", "not a valid topic name!");
    assertEquals(0, outcome.rejected);
    assertEquals(1, outcome.unwritten);
    assertEquals(1, outcome.notWrittenLines(), outcome.log);
    assertTrue(outcome.log.contains("InvalidTopicException"), outcome.log);
  }

  /** What a run left: the counters and what was logged meanwhile. */
  private record Outcome(long rejected, long unwritten, String log) {
    long notWrittenLines() {
      return log.lines().filter(line -> line.contains("DEAD LETTER NOT WRITTEN")).count();
    }
  }

  /**
   * Writes a good record, one with an unknown 50 KB type, and a good one, and consumes them with
   * the given dead-letter topic.
   */
  private static Outcome run(KafkaTestBroker broker, String topic, String deadLetterTopic)
      throws Exception {
    broker.createTopic(topic, 1);
    RecordSpec bad = RecordSpec.parse("binary; set ce_type repeat('x', 50000)");
    try (KafkaProducer<byte[], byte[]> producer = RawTopic.producer(broker)) {
      producer.send(RecordSpec.goodBinary().producerRecord(topic, "before"));
      producer.send(bad.producerRecord(topic, "bad"));
      producer
          .send(RecordSpec.goodBinary().producerRecord(topic, "after"))
          .get(30, TimeUnit.SECONDS);
    }
    CollectingSink sink = new CollectingSink();
    PrintStream originalErr = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(new Tee(originalErr, captured), true, UTF_8));
    try (KafkaIntegrationConsumer consumer =
        KafkaIntegrationConsumer.builder(
                broker.bootstrapServers(), topic + "-app", sink, new DeliveryAppCodec())
            .topics(topic)
            .deadLetterTopic(deadLetterTopic)
            .build()
            .start()) {
      List<ReceivedEvent> received = sink.awaitCount(1, Duration.ofSeconds(60));
      assertEquals(1, received.size(), "the good record before");
      long start = System.nanoTime();
      received = sink.awaitCount(2, BOUND);
      assertEquals(
          List.of("before", "after"),
          received.stream().map(e -> ((ConfirmedOrder) e.envelope().event()).orderId()).toList(),
          "the good record behind the bad one within " + BOUND);
      System.out.printf(
          "dead-letter failure %s: the record behind it after %d ms%n",
          topic, Duration.ofNanos(System.nanoTime() - start).toMillis());
      // A further poll cycle, so that a retry, had there been one, would have logged again.
      Thread.sleep(1_500);
      return new Outcome(
          consumer.rejectedCount(), consumer.unwrittenDeadLetterCount(), captured.toString(UTF_8));
    } finally {
      System.setErr(originalErr);
    }
  }

  private static String text(ConsumerRecord<?, ?> record, String header) {
    return new String(record.headers().lastHeader(header).value(), UTF_8);
  }

  /** Writes to two streams. */
  private static final class Tee extends OutputStream {
    private final OutputStream first;
    private final OutputStream second;

    Tee(OutputStream first, OutputStream second) {
      this.first = first;
      this.second = second;
    }

    @Override
    public synchronized void write(int b) throws java.io.IOException {
      first.write(b);
      second.write(b);
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) throws java.io.IOException {
      first.write(b, off, len);
      second.write(b, off, len);
    }
  }
}
