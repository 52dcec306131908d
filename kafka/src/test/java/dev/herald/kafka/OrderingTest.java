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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * Many events of many aggregates over several partitions: each aggregate's order is kept on the
 * consumer side.
 */
class OrderingTest {

  private static final int AGGREGATES = 40;
  private static final int EVENTS_PER_AGGREGATE = 25;

  @Test
  void eachAggregatesEventsArriveInRaiseOrder() throws Exception {
    KafkaTestBroker broker = KafkaTestBroker.shared();
    String topic = "ordering";
    broker.createTopic(topic, 4);
    List<CompletableFuture<?>> acks = new ArrayList<>();
    try (KafkaIntegrationPublisher publisher =
        KafkaIntegrationPublisher.builder(broker.bootstrapServers(), new OrdersCodec())
            .topicStrategy(TopicStrategy.fixed(topic))
            .build()) {
      // Interleaved as a busy service would raise them: one event of each aggregate in turn.
      for (int sequence = 1; sequence <= EVENTS_PER_AGGREGATE; sequence++) {
        for (int aggregate = 0; aggregate < AGGREGATES; aggregate++) {
          String id = "order-" + aggregate;
          acks.add(
              publisher
                  .publish(
                      new EventEnvelope(
                          UUID.randomUUID(),
                          "Order",
                          id,
                          sequence,
                          Instant.now(),
                          new OrderConfirmed(id, "c", sequence)))
                  .toCompletableFuture());
        }
      }
      CompletableFuture.allOf(acks.toArray(new CompletableFuture<?>[0])).get();
    }

    int total = AGGREGATES * EVENTS_PER_AGGREGATE;
    CollectingSink sink = new CollectingSink();
    List<ReceivedEvent> received;
    try (KafkaIntegrationConsumer consumer =
        KafkaIntegrationConsumer.builder(
                broker.bootstrapServers(), "ordering-app", sink, new DeliveryAppCodec())
            .topics(topic)
            .consumerProperty("max.poll.records", 100)
            .build()
            .start()) {
      received = sink.awaitCount(total, Duration.ofSeconds(90));
    }

    assertEquals(total, received.size(), "events received");
    Map<String, List<Long>> sequences = new LinkedHashMap<>();
    Set<Integer> partitions = new HashSet<>();
    for (ReceivedEvent event : received) {
      sequences
          .computeIfAbsent(event.envelope().aggregateId(), id -> new ArrayList<>())
          .add(event.envelope().sequence());
      partitions.add(event.partition());
    }
    List<Long> expected = LongStream.rangeClosed(1, EVENTS_PER_AGGREGATE).boxed().toList();
    assertEquals(AGGREGATES, sequences.size());
    sequences.forEach((aggregate, order) -> assertEquals(expected, order, "order of " + aggregate));
    assertTrue(partitions.size() > 1, "the aggregates spread over partitions: " + partitions);
  }
}
