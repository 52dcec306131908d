package dev.herald.jdbc;

import dev.herald.runtime.DeadLetter;
import dev.herald.runtime.generated.EventDecodingException;
import dev.herald.runtime.spi.Delivery;
import dev.herald.runtime.spi.EventEnvelope;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

/** Turns joined event and delivery rows back into the runtime's records. */
final class StoredRows {

  private StoredRows() {}

  /**
   * The envelope of the row's event, decoded with the codecs.
   *
   * @throws EventDecodingException when no codec can read it
   */
  static EventEnvelope envelope(ResultSet rows, Codecs codecs) throws SQLException {
    return envelope(rows, codecs.decode(rows.getString("type_name"), rows.getString("payload")));
  }

  /** The envelope of the row's event, with an {@link UndecodableEvent} if no codec can read it. */
  static EventEnvelope envelopeOrUndecodable(ResultSet rows, Codecs codecs) throws SQLException {
    String typeName = rows.getString("type_name");
    String payload = rows.getString("payload");
    Object event;
    try {
      event = codecs.decode(typeName, payload);
    } catch (EventDecodingException e) {
      event = new UndecodableEvent(typeName, payload, e.getMessage());
    }
    return envelope(rows, event);
  }

  static DeadLetter deadLetter(ResultSet rows, EventEnvelope envelope) throws SQLException {
    String failureType = rows.getString("last_error_type");
    return new DeadLetter(
        new Delivery(envelope, rows.getString("route_id")),
        rows.getInt("attempts"),
        failureType == null ? "unknown" : failureType,
        rows.getString("last_error"),
        Timestamps.get(rows, "dead_lettered_at"));
  }

  private static EventEnvelope envelope(ResultSet rows, Object event) throws SQLException {
    return new EventEnvelope(
        rows.getObject("event_id", UUID.class),
        rows.getString("aggregate_type"),
        rows.getString("aggregate_id"),
        rows.getLong("sequence_no"),
        Timestamps.get(rows, "occurred_at"),
        event);
  }
}
