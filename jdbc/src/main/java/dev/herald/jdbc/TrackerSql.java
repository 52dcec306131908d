package dev.herald.jdbc;

import dev.herald.jdbc.schema.Dialect;
import dev.herald.jdbc.schema.OutboxTables;

/** The statements projection trackers run, built once from the table names and dialect. */
final class TrackerSql {

  final String insertTracker;
  final String claim;
  final String selectPosition;
  final String savePosition;
  final String resetPosition;
  final String release;

  /**
   * The events after a position, up to a bound, in position order; on PostgreSQL with the
   * statement's snapshot horizon, which tells a transaction in flight from one that rolled back.
   */
  final String selectHistory;

  final String selectEventAt;
  final String insertDeadLetter;
  final String selectDeadLetters;
  final String deleteDeadLetter;
  final String deleteDeadLetters;

  TrackerSql(OutboxTables tables, Dialect dialect) {
    String trackers = tables.trackers();
    insertTracker =
        "INSERT INTO "
            + trackers
            + " (tracker_id, position, updated_at) VALUES (?, 0, ?)"
            + dialect.ignoreDuplicate();
    claim =
        "UPDATE "
            + trackers
            + " SET owner = ?, owned_until = ?, updated_at = ? WHERE tracker_id = ?"
            + " AND (owner IS NULL OR owner = ? OR owned_until <= ?)";
    selectPosition = "SELECT position, owner FROM " + trackers + " WHERE tracker_id = ?";
    savePosition =
        "UPDATE "
            + trackers
            + " SET position = ?, updated_at = ? WHERE tracker_id = ? AND position = ? AND owner ="
            + " ?";
    resetPosition =
        "UPDATE "
            + trackers
            + " SET position = 0, updated_at = ? WHERE tracker_id = ? AND owner = ?";
    release =
        "UPDATE "
            + trackers
            + " SET owner = NULL, owned_until = NULL WHERE tracker_id = ? AND owner = ?";
    String columns =
        "e.stored_order, e.event_id, e.type_name, e.payload, e.aggregate_type, e.aggregate_id,"
            + " e.sequence_no, e.occurred_at, e.traceparent";
    String horizon =
        dialect == Dialect.POSTGRESQL
            ? ", txid_snapshot_xmin(txid_current_snapshot()) AS snapshot_xmin,"
                + " txid_snapshot_xmax(txid_current_snapshot()) AS snapshot_xmax"
            : "";
    selectHistory =
        "SELECT "
            + columns
            + horizon
            + " FROM "
            + tables.events()
            + " e WHERE e.stored_order > ? AND e.stored_order <= ? ORDER BY e.stored_order LIMIT ?";
    selectEventAt =
        "SELECT " + columns + " FROM " + tables.events() + " e WHERE e.stored_order = ?";
    String deadLetters = tables.trackerDeadLetters();
    insertDeadLetter =
        "INSERT INTO "
            + deadLetters
            + " (tracker_id, stored_order, event_id, type_name, attempts, failure_type, failure,"
            + " dead_lettered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
            + dialect.ignoreDuplicate();
    selectDeadLetters =
        "SELECT stored_order, event_id, type_name, attempts, failure_type, failure,"
            + " dead_lettered_at FROM "
            + deadLetters
            + " WHERE tracker_id = ? ORDER BY stored_order";
    deleteDeadLetter = "DELETE FROM " + deadLetters + " WHERE tracker_id = ? AND stored_order = ?";
    deleteDeadLetters = "DELETE FROM " + deadLetters + " WHERE tracker_id = ?";
  }
}
