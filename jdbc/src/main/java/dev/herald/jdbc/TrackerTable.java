package dev.herald.jdbc;

import dev.herald.jdbc.schema.Dialect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * One tracker's row and dead letters: its durable position, the lease that lets one node at a time
 * run it, and the events it parked. Every method works inside the caller's transaction.
 */
final class TrackerTable {

  private static final String DUPLICATE_KEY = "23505";

  /** A parked event to write. */
  record Parked(long position, UUID eventId, String typeName, int attempts, Throwable failure) {}

  private final OutboxContext context;
  private final TrackerSql sql;
  private final String trackerId;
  private final String owner;

  TrackerTable(OutboxContext context, TrackerSql sql, String trackerId, String owner) {
    this.context = context;
    this.sql = sql;
    this.trackerId = trackerId;
    this.owner = owner;
  }

  String owner() {
    return owner;
  }

  /** Creates the tracker's row at position 0 unless it exists. */
  void create(Connection connection) throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement(sql.insertTracker)) {
      insert.setString(1, trackerId);
      context.columns().setInstant(insert, 2, context.clock().instant());
      insert.executeUpdate();
    } catch (SQLException e) {
      if (!(context.dialect() == Dialect.H2 && DUPLICATE_KEY.equals(e.getSQLState()))) {
        throw e;
      }
    }
  }

  /** Takes or renews the lease; false when another owner holds it. */
  boolean claim(Connection connection) throws SQLException {
    Instant now = context.clock().instant();
    try (PreparedStatement claim = connection.prepareStatement(sql.claim)) {
      claim.setString(1, owner);
      context.columns().setInstant(claim, 2, now.plus(context.lease()));
      context.columns().setInstant(claim, 3, now);
      claim.setString(4, trackerId);
      claim.setString(5, owner);
      context.columns().setInstant(claim, 6, now);
      return claim.executeUpdate() == 1;
    }
  }

  /** Gives the lease up, so that another node can take over at once. */
  void release(Connection connection) throws SQLException {
    try (PreparedStatement release = connection.prepareStatement(sql.release)) {
      release.setString(1, trackerId);
      release.setString(2, owner);
      release.executeUpdate();
    }
  }

  /** The stored position (0 for a new or reset tracker). */
  long position(Connection connection) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(sql.selectPosition)) {
      select.setString(1, trackerId);
      try (ResultSet row = select.executeQuery()) {
        if (!row.next()) {
          throw new IllegalStateException("Tracker " + trackerId + " has no row (dropped?)");
        }
        return row.getLong("position");
      }
    }
  }

  /** The lease's owner, or null. */
  String currentOwner(Connection connection) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(sql.selectPosition)) {
      select.setString(1, trackerId);
      try (ResultSet row = select.executeQuery()) {
        return row.next() ? row.getString("owner") : null;
      }
    }
  }

  /**
   * Moves the position from {@code from} to {@code to}; false when it is no longer at {@code from}
   * or the lease was lost (a reset, or another node took over).
   */
  boolean move(Connection connection, long from, long to) throws SQLException {
    try (PreparedStatement save = connection.prepareStatement(sql.savePosition)) {
      save.setLong(1, to);
      context.columns().setInstant(save, 2, context.clock().instant());
      save.setString(3, trackerId);
      save.setLong(4, from);
      save.setString(5, owner);
      return save.executeUpdate() == 1;
    }
  }

  /** Sets the position back to 0 and forgets the dead letters. */
  void reset(Connection connection) throws SQLException {
    try (PreparedStatement reset = connection.prepareStatement(sql.resetPosition)) {
      context.columns().setInstant(reset, 1, context.clock().instant());
      reset.setString(2, trackerId);
      reset.setString(3, owner);
      if (reset.executeUpdate() != 1) {
        throw new IllegalStateException("Tracker " + trackerId + " is not owned by " + owner);
      }
    }
    try (PreparedStatement delete = connection.prepareStatement(sql.deleteDeadLetters)) {
      delete.setString(1, trackerId);
      delete.executeUpdate();
    }
  }

  /** Parks events; one already parked at its position stays as it is. */
  void park(Connection connection, List<Parked> parked) throws SQLException {
    if (parked.isEmpty()) {
      return;
    }
    Instant now = context.clock().instant();
    try (PreparedStatement insert = connection.prepareStatement(sql.insertDeadLetter)) {
      for (Parked item : parked) {
        insert.setString(1, trackerId);
        insert.setLong(2, item.position());
        if (item.eventId() == null) {
          context.columns().setRawKey(insert, 3, null);
        } else {
          context.columns().setUuid(insert, 3, item.eventId());
        }
        insert.setString(4, item.typeName());
        insert.setInt(5, item.attempts());
        insert.setString(6, item.failure().getClass().getName());
        insert.setString(7, String.valueOf(item.failure().getMessage()));
        context.columns().setInstant(insert, 8, now);
        try {
          insert.executeUpdate();
        } catch (SQLException e) {
          if (!(context.dialect() == Dialect.H2 && DUPLICATE_KEY.equals(e.getSQLState()))) {
            throw e;
          }
        }
      }
    }
  }

  /** The parked events, in position order. */
  List<ProjectionDeadLetter> deadLetters(Connection connection) throws SQLException {
    List<ProjectionDeadLetter> letters = new ArrayList<>();
    try (PreparedStatement select = connection.prepareStatement(sql.selectDeadLetters)) {
      select.setString(1, trackerId);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          letters.add(
              new ProjectionDeadLetter(
                  trackerId,
                  rows.getLong("stored_order"),
                  rows.getObject("event_id") == null
                      ? null
                      : context.columns().getUuid(rows, "event_id"),
                  rows.getString("type_name"),
                  rows.getInt("attempts"),
                  rows.getString("failure_type"),
                  rows.getString("failure"),
                  context.columns().getInstant(rows, "dead_lettered_at")));
        }
      }
    }
    return letters;
  }

  /** Removes a parked event; false when none is parked at that position. */
  boolean unpark(Connection connection, long position) throws SQLException {
    try (PreparedStatement delete = connection.prepareStatement(sql.deleteDeadLetter)) {
      delete.setString(1, trackerId);
      delete.setLong(2, position);
      return delete.executeUpdate() == 1;
    }
  }
}
