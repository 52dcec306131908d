package dev.herald.kafka.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.herald.kafka.IntegrationEventCatalog;
import dev.herald.kafka.consume.IncomingRecordReader;
import dev.herald.kafka.consume.ReceivedEvent;
import dev.herald.kafka.consume.Rejection;
import dev.herald.kafka.delivery.ConfirmedOrder;
import dev.herald.kafka.delivery.DeliveryAppCodec;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hostile corpus through the reader alone, without a broker: each record gets its outcome, with
 * a bounded detail, within a time bound. {@link HostileCorpusTest} runs the same rows through a
 * real broker.
 */
class HostileRecordsReaderTest {

  /** Generous: the slowest row takes a few milliseconds on an idle machine. */
  private static final Duration BOUND = Duration.ofSeconds(2);

  private final IncomingRecordReader reader =
      new IncomingRecordReader(IntegrationEventCatalog.of(new DeliveryAppCodec()), 1024 * 1024);

  /** Loads and links the reader's and codec's classes, so the bound measures the input only. */
  @BeforeEach
  void warmUp() throws Rejection {
    reader.read(RecordSpec.goodBinary().consumerRecord("hostile", 0, "warm-up"));
  }

  static List<HostileCase> corpus() {
    return HostileCorpus.cases();
  }

  @Test
  void theCorpusOnlyGrows() {
    assertTrue(
        corpus().size() >= HostileCorpus.MINIMUM_SIZE,
        "the corpus has "
            + corpus().size()
            + " cases; rows are added for new defects, never removed");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void eachRecordGetsItsOutcomeWithinTheBound(HostileCase c) {
    ConsumerRecord<byte[], byte[]> record = c.record().consumerRecord("hostile", 7, c.name());
    long start = System.nanoTime();
    ReceivedEvent event = null;
    Rejection rejection = null;
    try {
      event = reader.read(record);
    } catch (Rejection r) {
      rejection = r;
    }
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    assertTrue(took.compareTo(BOUND) <= 0, c.name() + " took " + took);
    if (c.delivered()) {
      if (rejection != null) {
        fail(
            c.name() + " was rejected as " + rejection.reason().code() + ": " + rejection.detail());
      }
      ConfirmedOrder order = (ConfirmedOrder) event.envelope().event();
      assertEquals(c.name(), order.orderId());
      if (c.checks().containsKey("customerId")) {
        assertEquals(c.checks().get("customerId"), order.customerId());
      }
    } else {
      if (rejection == null) {
        fail(c.name() + " was accepted: " + event);
      }
      assertEquals(c.reason(), rejection.reason(), c.name() + ": " + rejection.detail());
      assertTrue(
          rejection.detail().length() <= Rejection.MAX_DETAIL_LENGTH,
          c.name() + ": a detail of " + rejection.detail().length() + " characters");
    }
  }
}
