package dev.herald.kafka.bus;

import dev.herald.runtime.spi.CommittingEvents;
import java.util.UUID;

/**
 * Makes a received event durable before its Kafka offset is committed, and recognises one that was
 * received before: the hook where a durable store (the JDBC outbox and inbox) plugs into {@link
 * BusIntegrationEventSink}.
 *
 * <p>With herald-jdbc, one line wires it: the inbox marker and the outbox rows commit in one
 * transaction, so a redelivered record is skipped and a crash after the commit loses nothing (the
 * relay delivers what is not done):
 *
 * <pre>{@code
 * ReceivedEventRecorder recorder = (key, deliveries) ->
 *     outbox.inbox().once("kafka-in:" + groupId, key, connection -> outbox.write(connection, deliveries));
 * }</pre>
 */
@FunctionalInterface
public interface ReceivedEventRecorder {

  /**
   * Records the event and the deliveries it owes, in one transaction.
   *
   * @param deduplicationKey the event's key by {@code (source, id)}
   * @param deliveries the received event and one delivery per AFTER_COMMIT route that takes it
   * @return false when this key was recorded before: the event is then not delivered again
   * @throws Exception when recording failed; the consumer reads the record again later
   */
  boolean record(UUID deduplicationKey, CommittingEvents deliveries) throws Exception;
}
