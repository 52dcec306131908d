package dev.herald.jdbc;

import dev.herald.jdbc.schema.Dialect;
import dev.herald.runtime.generated.EventDecodingException;
import dev.herald.runtime.spi.EventEnvelope;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Reads the events after a tracker's position in position order, and never past a position that may
 * still be filled: a gap below a visible event is either a transaction still in flight, which will
 * commit it later, or one that rolled back, which never will.
 *
 * <p>Positions come from an identity that a transaction takes at insert time, while transactions
 * commit in any order; so a reader that simply took "position > last" could pass a position that
 * commits a moment later. Per database:
 *
 * <ul>
 *   <li><b>SQLite</b> takes one writer at a time, so a gap below a visible event is never in
 *       flight: it is skipped at once.
 *   <li><b>H2</b>: every transaction that stores events first locks one row ({@code append_lock})
 *       and holds it until it commits, so positions commit in order there too.
 *   <li><b>PostgreSQL</b> commits concurrently. Every transaction storing events takes its
 *       transaction id before its first position. When a gap is first seen, the snapshot's {@code
 *       xmax} (the next id to be assigned) is noted: every transaction that took a position below
 *       the visible event has an id below it. Once a later snapshot's {@code xmin} (the oldest
 *       transaction still running) has passed that mark, all of them have ended, and a position
 *       still missing belongs to one that rolled back: it is skipped. Until then the reader waits
 *       at the gap, so a slow commit delays the tracker but is never passed.
 * </ul>
 */
final class HistoryReader {

  /**
   * An event after the position: decoded for the projection, skipped (its type is not the
   * projection's), or unreadable with the reason.
   */
  record Entry(
      long position,
      String typeName,
      UUID eventId,
      EventEnvelope envelope,
      EventDecodingException unreadable) {}

  /** A batch of entries in position order, and whether reading stopped at a gap to wait. */
  record Batch(List<Entry> entries, boolean waiting) {
    long last(long before) {
      return entries.isEmpty() ? before : entries.get(entries.size() - 1).position();
    }
  }

  private final OutboxContext context;
  private final TrackerSql sql;
  private final ProjectionRoutes routes;

  /** PostgreSQL: missing positions up to this one were seen below a visible event; -1: none. */
  private long watchedUpTo = -1;

  /** PostgreSQL: the snapshot's xmax when they were seen. */
  private long horizon;

  HistoryReader(OutboxContext context, TrackerSql sql, ProjectionRoutes routes) {
    this.context = context;
    this.sql = sql;
    this.routes = routes;
  }

  /** Forgets a gap being watched, after a reset. */
  void forget() {
    watchedUpTo = -1;
  }

  /** Up to {@code limit} entries after {@code position} and at most {@code upTo}. */
  Batch read(Connection connection, long position, long upTo, int limit) throws SQLException {
    List<Entry> entries = new ArrayList<>();
    boolean waiting = false;
    try (PreparedStatement select = connection.prepareStatement(sql.selectHistory)) {
      select.setLong(1, position);
      select.setLong(2, upTo);
      select.setInt(3, limit);
      try (ResultSet rows = select.executeQuery()) {
        long expected = position + 1;
        while (rows.next()) {
          long at = rows.getLong("stored_order");
          if (at > expected && !gapClosed(rows, at - 1)) {
            waiting = true;
            break;
          }
          entries.add(entry(rows, at));
          expected = at + 1;
        }
        if (expected > watchedUpTo) {
          watchedUpTo = -1;
        }
      }
    }
    return new Batch(entries, waiting);
  }

  /**
   * Whether the missing positions up to {@code upTo} will never be filled; on PostgreSQL, notes the
   * snapshot's horizon when they are seen for the first time.
   */
  private boolean gapClosed(ResultSet rows, long upTo) throws SQLException {
    if (context.dialect() != Dialect.POSTGRESQL) {
      return true;
    }
    long xmin = rows.getLong("snapshot_xmin");
    if (watchedUpTo >= upTo && xmin >= horizon) {
      return true;
    }
    if (watchedUpTo < 0 || (watchedUpTo < upTo && xmin >= horizon)) {
      watchedUpTo = upTo;
      horizon = rows.getLong("snapshot_xmax");
    }
    return false;
  }

  private Entry entry(ResultSet rows, long at) throws SQLException {
    String typeName = rows.getString("type_name");
    if (Boolean.FALSE.equals(routes.takes(typeName))) {
      return new Entry(at, typeName, null, null, null);
    }
    EventEnvelope envelope;
    try {
      envelope = context.rows().envelope(rows);
    } catch (EventDecodingException e) {
      return new Entry(at, typeName, idOrNull(rows), null, e);
    }
    return routes.takes(typeName, envelope.event())
        ? new Entry(at, typeName, envelope.eventId(), envelope, null)
        : new Entry(at, typeName, envelope.eventId(), null, null);
  }

  private UUID idOrNull(ResultSet rows) throws SQLException {
    try {
      return context.columns().getUuid(rows, "event_id");
    } catch (EventDecodingException unreadable) {
      return null;
    }
  }
}
