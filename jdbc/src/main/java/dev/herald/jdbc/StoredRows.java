package dev.herald.jdbc;

import dev.herald.runtime.DeadLetter;
import dev.herald.runtime.generated.EventDecodingException;
import dev.herald.runtime.generated.JsonLimits;
import dev.herald.runtime.spi.Delivery;
import dev.herald.runtime.spi.EventEnvelope;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;

/**
 * Turns joined event and delivery rows back into the runtime's records, with the trace each event
 * was committed in; a row that cannot be read (unknown type, payload that does not decode,
 * corrupted column) yields an {@link EventDecodingException} with the reason, never another
 * exception.
 */
final class StoredRows {

  private final Columns columns;
  private final Codecs codecs;

  StoredRows(Columns columns, Codecs codecs) {
    this.columns = columns;
    this.codecs = codecs;
  }

  /**
   * The envelope of the row's event, decoded with the codecs.
   *
   * @throws EventDecodingException when the row cannot be read, with the reason
   */
  EventEnvelope envelope(ResultSet rows) throws SQLException {
    String typeName = rows.getString("type_name");
    return envelope(rows, codecs.decode(typeName, payload(rows, typeName)));
  }

  /**
   * The envelope of the row's event, with an {@link UndecodableEvent} if it cannot be read, so that
   * a listing of dead letters shows every row: a corrupted id is replaced by one derived from the
   * stored text, a corrupted instant by the epoch, and the reason says which.
   */
  EventEnvelope envelopeOrUndecodable(ResultSet rows) throws SQLException {
    try {
      return envelope(rows);
    } catch (EventDecodingException e) {
      String payload;
      try {
        payload = JsonLimits.quote(columns.getPayload(rows, "payload"));
      } catch (EventDecodingException unreadable) {
        payload = "";
      }
      Object event = new UndecodableEvent(rows.getString("type_name"), payload, e.getMessage());
      UUID id;
      try {
        id = columns.getUuid(rows, "event_id");
      } catch (EventDecodingException unreadable) {
        id =
            UUID.nameUUIDFromBytes(
                String.valueOf(rows.getString("event_id")).getBytes(StandardCharsets.UTF_8));
      }
      Instant occurredAt;
      try {
        occurredAt = columns.getInstant(rows, "occurred_at");
      } catch (EventDecodingException unreadable) {
        occurredAt = Instant.EPOCH;
      }
      return new EventEnvelope(
          id,
          rows.getString("aggregate_type"),
          rows.getString("aggregate_id"),
          rows.getLong("sequence_no"),
          occurredAt,
          event,
          rows.getString("traceparent"));
    }
  }

  DeadLetter deadLetter(ResultSet rows, EventEnvelope envelope) throws SQLException {
    String failureType = rows.getString("last_error_type");
    return new DeadLetter(
        new Delivery(envelope, rows.getString("route_id")),
        rows.getInt("attempts"),
        failureType == null ? "unknown" : failureType,
        rows.getString("last_error"),
        columns.getInstant(rows, "dead_lettered_at"));
  }

  /**
   * The stored JSON, refused before decoding when it is longer than any document the codecs accept,
   * so an oversized row costs no parse.
   */
  private String payload(ResultSet rows, String typeName) throws SQLException {
    String payload = columns.getPayload(rows, "payload");
    if (payload.length() > JsonLimits.MAX_DOCUMENT_LENGTH) {
      throw new EventDecodingException(
          "Stored payload of event type '"
              + JsonLimits.quote(typeName)
              + "' is "
              + payload.length()
              + " characters, over the limit of "
              + JsonLimits.MAX_DOCUMENT_LENGTH);
    }
    return payload;
  }

  private EventEnvelope envelope(ResultSet rows, Object event) throws SQLException {
    return new EventEnvelope(
        columns.getUuid(rows, "event_id"),
        rows.getString("aggregate_type"),
        rows.getString("aggregate_id"),
        rows.getLong("sequence_no"),
        columns.getInstant(rows, "occurred_at"),
        event,
        // An ill-formed stored trace is dropped by the envelope, never a reason to refuse the row.
        rows.getString("traceparent"));
  }
}
