package dev.herald.kafka.consume;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.kafka.CloudEventNames;
import dev.herald.kafka.TestRecords;
import java.util.Random;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.NotLeaderOrFollowerException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.AbstractRecords;
import org.apache.kafka.common.record.CompressionType;
import org.apache.kafka.common.record.RecordBatch;
import org.junit.jupiter.api.Test;

/**
 * Dead letters fit their budget as Kafka itself counts a record, keep what says what the record
 * was, and name what they left out; producer errors are told apart into transient and permanent.
 */
class DeadLetterRecordTest {

  private static final int BUDGET = 64 * 1024;
  private static final Rejection REJECTION =
      new Rejection(RejectionReason.UNKNOWN_TYPE, "no integration event has type 'x'");

  @Test
  void aRecordThatFitsIsCopiedWhole() {
    RecordHeaders headers = ceHeaders();
    headers.add("x-trace", bytes("t-1"));
    ConsumerRecord<byte[], byte[]> rejected = record(bytes("o-1"), bytes("{}"), headers);
    ProducerRecord<byte[], byte[]> letter = letter(rejected, BUDGET);
    assertArrayEquals(bytes("o-1"), letter.key());
    assertArrayEquals(bytes("{}"), letter.value());
    assertEquals("t-1", text(letter, "x-trace"));
    assertEquals("unknown-type", text(letter, CloudEventNames.DLQ_REASON));
    assertEquals("in", text(letter, CloudEventNames.DLQ_TOPIC));
    assertEquals("3", text(letter, CloudEventNames.DLQ_PARTITION));
    assertEquals("42", text(letter, CloudEventNames.DLQ_OFFSET));
    assertEquals("group", text(letter, CloudEventNames.DLQ_GROUP));
    assertNull(letter.headers().lastHeader(CloudEventNames.DLQ_DROPPED_HEADERS));
  }

  @Test
  void theLargestPartsGoFirstAndTheCloudEventHeadersStay() {
    RecordHeaders headers = ceHeaders();
    headers.add("x-big", new byte[100_000]);
    headers.add("x-small", bytes("s"));
    ConsumerRecord<byte[], byte[]> rejected = record(bytes("o-1"), new byte[30_000], headers);
    ProducerRecord<byte[], byte[]> letter = letter(rejected, BUDGET);
    assertEquals("x-big=100000", text(letter, CloudEventNames.DLQ_DROPPED_HEADERS));
    assertNotNull(letter.value(), "the value fitted once the big header was out");
    assertEquals("s", text(letter, "x-small"));
    assertEquals("com.example.v1", text(letter, "ce_type"));
    assertFits(letter, BUDGET);
  }

  @Test
  void manySmallHeadersGoBeforeTheValueAndAreCountedBeyondTwenty() {
    RecordHeaders headers = ceHeaders();
    for (int i = 0; i < 10_000; i++) {
      headers.add("x-h", new byte[20]);
    }
    ConsumerRecord<byte[], byte[]> rejected = record(bytes("o-1"), bytes("{\"a\":1}"), headers);
    ProducerRecord<byte[], byte[]> letter = letter(rejected, BUDGET);
    String dropped = text(letter, CloudEventNames.DLQ_DROPPED_HEADERS);
    assertTrue(dropped.startsWith("x-h=20,x-h=20,"), dropped);
    assertTrue(dropped.contains(" more ("), dropped);
    assertTrue(dropped.length() < 1_000, dropped);
    assertArrayEquals(bytes("{\"a\":1}"), letter.value());
    assertEquals("o-1", new String(letter.key(), UTF_8));
    assertEquals("1.0", text(letter, "ce_specversion"));
    assertFits(letter, BUDGET);
  }

  @Test
  void aLongHeaderNameIsCutInTheList() {
    RecordHeaders headers = ceHeaders();
    headers.add("n".repeat(200_000), bytes("v"));
    ProducerRecord<byte[], byte[]> letter = letter(record(null, null, headers), BUDGET);
    String dropped = text(letter, CloudEventNames.DLQ_DROPPED_HEADERS);
    assertEquals("n".repeat(100) + "…=1", dropped);
    assertFits(letter, BUDGET);
  }

  @Test
  void anOriginalHeraldHeaderIsReplacedNotRepeated() {
    RecordHeaders headers = ceHeaders();
    headers.add(CloudEventNames.DLQ_REASON, bytes("old"));
    ProducerRecord<byte[], byte[]> letter = letter(record(null, bytes("{}"), headers), BUDGET);
    int reasons = 0;
    for (Header h : letter.headers().headers(CloudEventNames.DLQ_REASON)) {
      reasons++;
      assertEquals("unknown-type", new String(h.value(), UTF_8));
    }
    assertEquals(1, reasons);
  }

  @Test
  void theMinimalLetterKeepsOnlyWhyAndWhere() {
    RecordHeaders headers = ceHeaders();
    ConsumerRecord<byte[], byte[]> rejected = record(bytes("o-1"), bytes("{}"), headers);
    ProducerRecord<byte[], byte[]> letter =
        DeadLetterRecord.minimal(rejected, REJECTION, "dlq", "g");
    assertNull(letter.key());
    assertNull(letter.value());
    assertNull(letter.headers().lastHeader("ce_type"));
    assertEquals("3", text(letter, CloudEventNames.DLQ_DROPPED_KEY_BYTES));
    assertEquals("2", text(letter, CloudEventNames.DLQ_DROPPED_VALUE_BYTES));
    assertTrue(text(letter, CloudEventNames.DLQ_DROPPED_HEADERS).contains("ce_type="));
  }

  @Test
  void randomRecordsAlwaysFitTheBudget() {
    Random random = new Random(11);
    for (int round = 0; round < 300; round++) {
      RecordHeaders headers = ceHeaders();
      int count = random.nextInt(50);
      for (int i = 0; i < count; i++) {
        headers.add(
            "x-" + random.nextInt(5), new byte[random.nextInt(random.nextBoolean() ? 50 : 40_000)]);
      }
      byte[] key = random.nextBoolean() ? null : new byte[random.nextInt(80_000)];
      byte[] value = random.nextBoolean() ? null : new byte[random.nextInt(200_000)];
      assertFits(letter(record(key, value, headers), BUDGET), BUDGET);
    }
  }

  @Test
  void onlyRetriableProducerErrorsAreTransient() {
    assertTrue(DeadLetterTopicWriter.isTransient(new NotLeaderOrFollowerException("moving")));
    assertTrue(
        DeadLetterTopicWriter.isTransient(
            new org.apache.kafka.common.errors.TimeoutException("metadata")));
    assertTrue(DeadLetterTopicWriter.isTransient(new java.util.concurrent.TimeoutException()));
    assertTrue(
        DeadLetterTopicWriter.isTransient(
            new java.util.concurrent.ExecutionException(new NotLeaderOrFollowerException("x"))));
    assertFalse(DeadLetterTopicWriter.isTransient(new RecordTooLargeException("big")));
    assertFalse(DeadLetterTopicWriter.isTransient(new InvalidTopicException("bad name")));
    assertFalse(DeadLetterTopicWriter.isTransient(new TopicAuthorizationException("denied")));
    assertFalse(
        DeadLetterTopicWriter.isTransient(
            new java.util.concurrent.ExecutionException(new RecordTooLargeException("big"))));
  }

  private static void assertFits(ProducerRecord<byte[], byte[]> letter, int budget) {
    int size =
        AbstractRecords.estimateSizeInBytesUpperBound(
            RecordBatch.CURRENT_MAGIC_VALUE,
            CompressionType.NONE,
            letter.key(),
            letter.value(),
            letter.headers().toArray());
    assertTrue(size <= budget, "a dead letter of " + size + " bytes for a budget of " + budget);
  }

  private static ProducerRecord<byte[], byte[]> letter(
      ConsumerRecord<byte[], byte[]> rejected, int budget) {
    return DeadLetterRecord.of(rejected, REJECTION, "dlq", "group", budget);
  }

  private static RecordHeaders ceHeaders() {
    RecordHeaders headers = new RecordHeaders();
    headers.add("ce_specversion", bytes("1.0"));
    headers.add("ce_id", bytes("id-1"));
    headers.add("ce_type", bytes("com.example.v1"));
    return headers;
  }

  private static ConsumerRecord<byte[], byte[]> record(
      byte[] key, byte[] value, RecordHeaders headers) {
    return TestRecords.record("in", 3, 42, key, value, headers);
  }

  private static String text(ProducerRecord<?, ?> record, String header) {
    Header h = record.headers().lastHeader(header);
    assertNotNull(h, "header " + header);
    return new String(h.value(), UTF_8);
  }

  private static byte[] bytes(String text) {
    return text.getBytes(UTF_8);
  }
}
