package dev.herald.benchmarks.kafka;

import dev.herald.kafka.bus.KafkaBusPublishing;
import dev.herald.kafka.publish.KafkaIntegrationPublisher;
import dev.herald.runtime.EventBus;
import dev.herald.runtime.EventContext;
import dev.herald.runtime.generated.IntegrationEventType;
import dev.herald.runtime.spi.EventEnvelope;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * An experiment beside {@link KafkaBusPublishing}: the same subscribers (same ids, same envelope),
 * except that each publish's stage completes on {@code completions} instead of the Kafka producer's
 * I/O thread, so what the bus runs on completion (the outbox's {@code delivered} UPDATE) no longer
 * holds up the producer. Measures what moving that work off the I/O thread in Herald would gain.
 */
final class HandOffSubscribers {

  private HandOffSubscribers() {}

  static EventBus.Builder subscribe(
      EventBus.Builder bus, KafkaIntegrationPublisher publisher, Executor completions) {
    for (IntegrationEventType type : publisher.eventTypes()) {
      subscribe(bus, publisher, type, type.eventType(), completions);
    }
    return bus;
  }

  private static <E> void subscribe(
      EventBus.Builder bus,
      KafkaIntegrationPublisher publisher,
      IntegrationEventType type,
      Class<E> recordType,
      Executor completions) {
    bus.subscribe(
        KafkaBusPublishing.subscriberId(type),
        recordType,
        (E event, EventContext context) ->
            publisher
                .publish(
                    new EventEnvelope(
                        context.eventId(),
                        null,
                        context.aggregateId(),
                        context.sequence(),
                        context.occurredAt(),
                        event))
                .thenApplyAsync(Function.identity(), completions));
  }
}
