package dev.herald.jdbc;

import dev.herald.runtime.generated.EventDecodingException;
import dev.herald.runtime.generated.JsonLimits;
import dev.herald.runtime.spi.EventEnvelope;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an event-sourced stream back in sequence order through the codecs (which upcast older
 * versions), checking that no event is missing and naming the aggregate and position of an event
 * that cannot be read.
 */
final class StreamReader {

  /**
   * A stream's events after a version, or {@code anchored == false} when the stream does not reach
   * that version (a snapshot ahead of its stream).
   */
  record Events(boolean anchored, List<EventEnvelope> events) {}

  private final OutboxContext context;
  private final EventStoreSql sql;

  StreamReader(OutboxContext context, EventStoreSql sql) {
    this.context = context;
    this.sql = sql;
  }

  /**
   * The stream's events after {@code version}, decoded; with {@code version > 0} the stream must
   * hold the event at {@code version}, or the result is not anchored.
   *
   * @throws EventStreamException for a missing or unreadable event, naming its position
   */
  Events read(Connection connection, String type, String id, long version) throws SQLException {
    List<EventEnvelope> events = new ArrayList<>();
    try (PreparedStatement select = connection.prepareStatement(sql.selectStream)) {
      select.setString(1, type);
      select.setString(2, id);
      select.setLong(3, Math.max(version, 1));
      try (ResultSet rows = select.executeQuery()) {
        long expected = version + 1;
        boolean first = true;
        while (rows.next()) {
          long position = rows.getLong("stream_sequence");
          if (first && version > 0) {
            first = false;
            if (position != version) {
              return new Events(false, List.of());
            }
            continue;
          }
          first = false;
          if (position != expected) {
            throw new EventStreamException(
                type,
                id,
                expected,
                "The stream of "
                    + type
                    + " "
                    + id
                    + " has a gap: event #"
                    + expected
                    + " is missing, the next stored one is #"
                    + position,
                null);
          }
          events.add(decode(rows, type, id, position));
          expected++;
        }
        if (first && version > 0) {
          return new Events(false, List.of());
        }
      }
    }
    return new Events(true, events);
  }

  /** The stream's version: 0 when it has no events. */
  long version(Connection connection, String type, String id) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(sql.selectVersion)) {
      select.setString(1, type);
      select.setString(2, id);
      try (ResultSet rows = select.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }

  private EventEnvelope decode(ResultSet rows, String type, String id, long position)
      throws SQLException {
    EventEnvelope envelope;
    try {
      envelope = context.rows().envelope(rows);
    } catch (EventDecodingException e) {
      throw new EventStreamException(
          type,
          id,
          position,
          eventAt(position, type, id, JsonLimits.quote(String.valueOf(rows.getString("event_id"))))
              + ", stored as '"
              + JsonLimits.quote(rows.getString("type_name"))
              + "') cannot be read: "
              + e.getMessage(),
          e);
    }
    if (envelope.sequence() != position) {
      throw new EventStreamException(
          type,
          id,
          position,
          eventAt(position, type, id, String.valueOf(envelope.eventId()))
              + ") is stored with sequence_no "
              + envelope.sequence()
              + " (corrupted row?)",
          null);
    }
    return envelope;
  }

  /** How a message names a stored event: "Event #3 of Order o-1 (event id …", left open. */
  private static String eventAt(long position, String type, String id, String eventId) {
    return "Event #" + position + " of " + type + " " + id + " (event id " + eventId;
  }
}
