package dev.herald.kafka.publish;

import dev.herald.kafka.TraceContext;
import dev.herald.runtime.spi.EventEnvelope;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * Writes an envelope as a CloudEvent in the Kafka binding's binary content mode: attributes in
 * {@code ce_} headers, {@code content-type} for {@code datacontenttype}, the codec's JSON alone as
 * the value, the aggregate id as the key.
 *
 * <p>The same headers the CloudEvents SDK's binary writer produced, built directly: the constant
 * ones come ready-made from the {@link EventTypeRoute}, the others are encoded from the envelope's
 * fields with no intermediate event object, map or formatter.
 */
final class BinaryRecordWriter {

  private BinaryRecordWriter() {}

  /**
   * The record of the envelope's event.
   *
   * @param key the aggregate id's UTF-8 bytes, or {@code null} outside an aggregate
   * @param traceparent the current trace, or {@code null}; an ill-formed one is left out
   */
  static ProducerRecord<byte[], byte[]> write(
      EventTypeRoute route, EventEnvelope envelope, byte[] key, String traceparent) {
    byte[] data = HeaderValues.utf8(route.codec.encode(envelope.event()));
    boolean traced = TraceContext.isValid(traceparent);
    String aggregateType = envelope.aggregateType();
    // Added one by one: RecordHeaders copies a given array or list element by element anyway.
    RecordHeaders headers = new RecordHeaders();
    headers.add(route.specVersion);
    headers.add(new RecordHeader(EventTypeRoute.ID_HEADER, HeaderValues.uuid(envelope.eventId())));
    headers.add(route.source);
    headers.add(route.cloudEventType);
    headers.add(route.contentType);
    headers.add(
        new RecordHeader(EventTypeRoute.TIME_HEADER, HeaderValues.time(envelope.occurredAt())));
    if (key != null) {
      // The key bytes are the subject's bytes too: the aggregate id encoded once.
      headers.add(new RecordHeader(EventTypeRoute.SUBJECT_HEADER, key));
      headers.add(
          new RecordHeader(
              EventTypeRoute.SEQUENCE_HEADER, HeaderValues.decimal(envelope.sequence())));
    }
    if (aggregateType != null) {
      headers.add(
          new RecordHeader(EventTypeRoute.AGGREGATE_TYPE_HEADER, HeaderValues.utf8(aggregateType)));
    }
    if (traced) {
      headers.add(
          new RecordHeader(EventTypeRoute.TRACEPARENT_HEADER, HeaderValues.utf8(traceparent)));
    }
    return new ProducerRecord<>(route.topic, null, null, key, data, headers);
  }
}
