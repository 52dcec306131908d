package dev.herald.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.kafka.consume.IntegrationEventSink;
import dev.herald.kafka.consume.KafkaIntegrationConsumer;
import dev.herald.kafka.consume.ReceivedEvent;
import dev.herald.kafka.delivery.ConfirmedOrder;
import dev.herald.kafka.delivery.DeliveryAppCodec;
import dev.herald.kafka.hostile.RecordSpec;
import dev.herald.kafka.testbroker.KafkaTestBroker;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

/**
 * A record the sink keeps refusing is tried again after a back-off that doubles up to its cap, and
 * only its own partition waits: the other partition's records are delivered meanwhile, and the
 * record behind the stuck one follows it in order once it is accepted.
 */
class ConsumerBackoffTest {

  private static final int FAILURES = 6;

  /** Refuses the event "stuck" {@value #FAILURES} times, noting when each attempt came. */
  private static final class StubbornSink implements IntegrationEventSink {
    final List<String> accepted = new ArrayList<>();
    final List<Long> stuckAttempts = new ArrayList<>();

    @Override
    public synchronized CompletionStage<?> accept(ReceivedEvent event) {
      String orderId = ((ConfirmedOrder) event.envelope().event()).orderId();
      if (orderId.equals("stuck")) {
        stuckAttempts.add(System.nanoTime());
        if (stuckAttempts.size() <= FAILURES) {
          return CompletableFuture.failedFuture(new IllegalStateException("store unavailable"));
        }
      }
      accepted.add(orderId);
      notifyAll();
      return CompletableFuture.completedFuture(null);
    }

    synchronized List<String> awaitAccepted(int count, Duration timeout)
        throws InterruptedException {
      long deadline = System.nanoTime() + timeout.toNanos();
      while (accepted.size() < count && System.nanoTime() < deadline) {
        wait(50);
      }
      return List.copyOf(accepted);
    }
  }

  @Test
  void onlyTheStuckPartitionWaitsAndItsBackoffDoublesUpToTheCap() throws Exception {
    KafkaTestBroker broker = KafkaTestBroker.shared();
    String topic = "backoff";
    broker.createTopic(topic, 2);
    try (KafkaProducer<byte[], byte[]> producer = RawTopic.producer(broker)) {
      send(producer, topic, 0, "stuck");
      send(producer, topic, 0, "behind-stuck");
      for (int i = 0; i < 3; i++) {
        send(producer, topic, 1, "other-" + i);
      }
      producer.flush();
    }
    StubbornSink sink = new StubbornSink();
    List<String> accepted;
    try (KafkaIntegrationConsumer consumer =
        KafkaIntegrationConsumer.builder(
                broker.bootstrapServers(), "backoff-app", sink, new DeliveryAppCodec())
            .topics(topic)
            .retryBackoff(Duration.ofMillis(100))
            .maxRetryBackoff(Duration.ofMillis(800))
            // Partition 1 runs dry: keep the broker from holding its fetch, which would delay the
            // resumed partition's, so the gaps show the back-off.
            .consumerProperty("fetch.max.wait.ms", 50)
            .build()
            .start()) {
      accepted = sink.awaitAccepted(5, Duration.ofSeconds(60));
    }

    assertEquals(5, accepted.size(), "accepted: " + accepted);
    assertTrue(
        accepted.indexOf("other-2") < accepted.indexOf("stuck"),
        "the other partition went on while the stuck one waited: " + accepted);
    assertEquals(
        accepted.indexOf("stuck") + 1,
        accepted.indexOf("behind-stuck"),
        "the record behind the stuck one follows it: " + accepted);
    List<Long> gaps = new ArrayList<>();
    synchronized (sink) {
      for (int i = 1; i < sink.stuckAttempts.size(); i++) {
        gaps.add(
            TimeUnit.NANOSECONDS.toMillis(
                sink.stuckAttempts.get(i) - sink.stuckAttempts.get(i - 1)));
      }
    }
    System.out.println("back-off gaps (ms): " + gaps);
    long[] atLeast = {100, 200, 400, 800, 800, 800};
    assertEquals(FAILURES, gaps.size());
    for (int i = 0; i < gaps.size(); i++) {
      assertTrue(gaps.get(i) >= atLeast[i], "gap " + i + " of " + gaps);
    }
    // Uncapped, the last pause would be 3.2 s.
    assertTrue(gaps.get(FAILURES - 1) < 2_400, "the back-off is capped: " + gaps);
  }

  private static void send(
      KafkaProducer<byte[], byte[]> producer, String topic, int partition, String orderId) {
    ProducerRecord<byte[], byte[]> record = RecordSpec.goodBinary().producerRecord(topic, orderId);
    producer.send(
        new ProducerRecord<>(topic, partition, record.key(), record.value(), record.headers()));
  }
}
