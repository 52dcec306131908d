package dev.herald.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.kafka.consume.KafkaIntegrationConsumer;
import dev.herald.kafka.consume.ReceivedEvent;
import dev.herald.kafka.delivery.DeliveryAppCodec;
import dev.herald.kafka.orders.OrderConfirmed;
import dev.herald.kafka.orders.OrdersCodec;
import dev.herald.kafka.publish.KafkaIntegrationPublisher;
import dev.herald.kafka.testbroker.KafkaTestBroker;
import dev.herald.runtime.spi.EventEnvelope;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The broker is killed with SIGKILL while events are being published and consumed, and restarted on
 * the same data and port: every event published is received, with the publisher retrying a failed
 * send as the bus retries a failed subscriber.
 */
class BrokerRestartTest {

  private static final int EVENTS = 300;

  @Test
  void nothingIsLostWhenTheBrokerIsKilledMidStream() throws Exception {
    KafkaTestBroker broker = KafkaTestBroker.shared();
    String topic = "restart";
    broker.createTopic(topic, 3);
    CollectingSink sink = new CollectingSink();
    ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor();
    AtomicInteger failedAttempts = new AtomicInteger();
    Set<UUID> published = ConcurrentHashMap.newKeySet();
    List<ReceivedEvent> received;
    try (KafkaIntegrationConsumer consumer =
            KafkaIntegrationConsumer.builder(
                    broker.bootstrapServers(), "restart-app", sink, new DeliveryAppCodec())
                .topics(topic)
                .retryBackoff(Duration.ofMillis(200))
                .build()
                .start();
        KafkaIntegrationPublisher publisher =
            KafkaIntegrationPublisher.builder(broker.bootstrapServers(), new OrdersCodec())
                .topicStrategy(TopicStrategy.fixed(topic))
                .producerProperty("request.timeout.ms", 3_000)
                .producerProperty("delivery.timeout.ms", 10_000)
                .producerProperty("max.block.ms", 5_000)
                .build()) {
      AtomicInteger acked = new AtomicInteger();
      // Kills the broker once a third of the events are acknowledged and received, and restarts it
      // 1.5 s later.
      CompletableFuture<Void> crash =
          CompletableFuture.runAsync(
              () -> {
                try {
                  while (acked.get() < EVENTS / 3 || sink.received().size() < 10) {
                    Thread.sleep(5);
                  }
                  broker.kill();
                  System.out.printf("broker killed after %d acknowledged events%n", acked.get());
                  Thread.sleep(1_500);
                  broker.restart();
                } catch (InterruptedException e) {
                  throw new IllegalStateException(e);
                }
              });
      List<CompletableFuture<?>> acks = new ArrayList<>();
      for (int i = 1; i <= EVENTS; i++) {
        String aggregate = "order-" + (i % 10);
        EventEnvelope envelope =
            new EventEnvelope(
                UUID.randomUUID(),
                "Order",
                aggregate,
                i,
                Instant.now(),
                new OrderConfirmed(aggregate, "c", i));
        acks.add(
            publishWithRetries(publisher, envelope, retries, failedAttempts)
                .thenRun(
                    () -> {
                      published.add(envelope.eventId());
                      acked.incrementAndGet();
                    }));
        Thread.sleep(10);
      }
      crash.get(120, TimeUnit.SECONDS);
      CompletableFuture.allOf(acks.toArray(new CompletableFuture<?>[0])).get(120, TimeUnit.SECONDS);
      received =
          sink.awaitUntil(
              events -> distinctIds(events).containsAll(published), Duration.ofSeconds(120));
    } finally {
      retries.shutdownNow();
    }

    assertEquals(EVENTS, published.size(), "events acknowledged by the broker");
    Set<UUID> receivedIds = distinctIds(received);
    Set<UUID> lost = new HashSet<>(published);
    lost.removeAll(receivedIds);
    assertTrue(lost.isEmpty(), "lost events: " + lost.size());
    System.out.printf(
        "broker restart: %d published, %d received (%d duplicates), %d failed publish attempts"
            + " retried%n",
        published.size(),
        received.size(),
        received.size() - receivedIds.size(),
        failedAttempts.get());
  }

  /**
   * Publishes until acknowledged, as a bus retries a subscriber: 1 s apart, at most 20 attempts.
   */
  private static CompletableFuture<Void> publishWithRetries(
      KafkaIntegrationPublisher publisher,
      EventEnvelope envelope,
      ScheduledExecutorService retries,
      AtomicInteger failedAttempts) {
    CompletableFuture<Void> done = new CompletableFuture<>();
    attempt(publisher, envelope, retries, failedAttempts, done, 1);
    return done;
  }

  private static void attempt(
      KafkaIntegrationPublisher publisher,
      EventEnvelope envelope,
      ScheduledExecutorService retries,
      AtomicInteger failedAttempts,
      CompletableFuture<Void> done,
      int attempt) {
    CompletionStage<?> sent = publisher.publish(envelope);
    sent.whenComplete(
        (metadata, failure) -> {
          if (failure == null) {
            done.complete(null);
          } else if (attempt >= 20) {
            done.completeExceptionally(failure);
          } else {
            failedAttempts.incrementAndGet();
            retries.schedule(
                () -> attempt(publisher, envelope, retries, failedAttempts, done, attempt + 1),
                1,
                TimeUnit.SECONDS);
          }
        });
  }

  private static Set<UUID> distinctIds(List<ReceivedEvent> events) {
    Set<UUID> ids = new HashSet<>();
    events.forEach(event -> ids.add(event.envelope().eventId()));
    return ids;
  }
}
