package dev.herald.kafka.consume;

import java.util.concurrent.CompletionStage;

/**
 * Where the consumer hands each received event: the bus of the receiving service, or a test's
 * collector.
 */
@FunctionalInterface
public interface IntegrationEventSink {

  /**
   * Takes one event. Events of one partition are handed over one at a time, in offset order.
   *
   * @return completes once the event's delivery is recorded (not necessarily handled): only then is
   *     the record's offset committed; a failed stage, or an exception, makes the consumer read the
   *     record again later
   */
  CompletionStage<?> accept(ReceivedEvent event) throws Exception;
}
