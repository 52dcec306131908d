package dev.herald.jdbc;

import dev.herald.jdbc.schema.Dialect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;
import java.util.UUID;

/**
 * Makes a handler's side effects exactly-once under at-least-once delivery: it records (handler id,
 * event id) in the same transaction as the handler's own writes, and skips the work when that pair
 * was already recorded.
 *
 * <p>A handler opts in by doing its database work inside {@code once}:
 *
 * <pre>{@code
 * @Handles(phase = Phase.AFTER_COMMIT)
 * void on(OrderConfirmed event, EventContext context) throws Exception {
 *   inbox.once("kitchen", context.eventId(), connection -> {
 *     // INSERT the kitchen ticket through this connection
 *   });
 * }
 * }</pre>
 *
 * <p>The marker is inserted before the work runs, so a concurrent duplicate waits on the marker's
 * key lock and is skipped once the first commits; if the work throws, the marker rolls back with it
 * and the redelivery runs the work again. Effects outside the database (an e-mail) are not covered:
 * the inbox can only make them at-most-once, by committing the marker first.
 */
public final class Inbox {

  private static final String DUPLICATE_KEY = "23505";

  private final OutboxContext context;

  Inbox(OutboxContext context) {
    this.context = context;
  }

  /**
   * Runs the work in its own transaction, unless this handler already processed this event.
   *
   * @param handlerId a stable name of the handler (its route id fits)
   * @param eventId the event's id, from {@code EventContext.eventId()}
   * @return whether the work ran (false: a duplicate, skipped)
   * @throws Exception what the work threw; the transaction, marker included, is rolled back
   */
  public boolean once(String handlerId, UUID eventId, ConnectionWork work) throws Exception {
    return context.transactions().write(connection -> once(connection, handlerId, eventId, work));
  }

  /**
   * Runs the work in the caller's transaction on {@code connection} (auto-commit off), unless this
   * handler already processed this event; the caller commits or rolls back.
   *
   * @return whether the work ran (false: a duplicate, skipped)
   */
  public boolean once(Connection connection, String handlerId, UUID eventId, ConnectionWork work)
      throws Exception {
    Objects.requireNonNull(connection, "connection");
    Objects.requireNonNull(handlerId, "handlerId");
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(work, "work");
    if (connection.getAutoCommit()) {
      throw new IllegalStateException(
          "Inbox.once needs a transaction: call connection.setAutoCommit(false) first, or use"
              + " once(handlerId, eventId, work)");
    }
    if (!record(connection, handlerId, eventId)) {
      return false;
    }
    work.run(connection);
    return true;
  }

  /** Whether this handler already processed this event (committed). */
  public boolean processed(String handlerId, UUID eventId) {
    try (Connection connection = context.dataSource().getConnection();
        PreparedStatement select = connection.prepareStatement(context.sql().selectInbox)) {
      select.setString(1, handlerId);
      context.columns().setUuid(select, 2, eventId);
      try (ResultSet rows = select.executeQuery()) {
        return rows.next();
      }
    } catch (SQLException e) {
      throw new OutboxStoreException("Reading the inbox failed: " + e.getMessage(), e);
    }
  }

  private boolean record(Connection connection, String handlerId, UUID eventId)
      throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement(context.sql().insertInbox)) {
      insert.setString(1, handlerId);
      context.columns().setUuid(insert, 2, eventId);
      context.columns().setInstant(insert, 3, context.clock().instant());
      // PostgreSQL, SQLite: ON CONFLICT DO NOTHING counts 0 and keeps the transaction usable.
      return insert.executeUpdate() == 1;
    } catch (SQLException e) {
      // H2: a failed statement leaves the transaction usable, so a duplicate key is the answer.
      if (context.dialect() == Dialect.H2 && DUPLICATE_KEY.equals(e.getSQLState())) {
        return false;
      }
      throw e;
    }
  }
}
