package dev.herald.jdbc;

import dev.herald.jdbc.schema.Dialect;
import dev.herald.jdbc.schema.OutboxSchema;
import dev.herald.jdbc.schema.OutboxTables;
import java.util.ArrayList;
import java.util.List;

/** Every statement the outbox, relay and inbox run, built once from the table names and dialect. */
final class OutboxSql {

  private static final String PENDING = "'" + OutboxSchema.PENDING + "'";
  private static final String DONE = "'" + OutboxSchema.DONE + "'";
  private static final String DEAD = "'" + OutboxSchema.DEAD + "'";

  private static final String EVENT_COLUMNS =
      "e.event_id, e.type_name, e.payload, e.aggregate_type, e.aggregate_id, e.sequence_no,"
          + " e.occurred_at, e.traceparent";

  final String insertEvent;
  final String insertDelivery;

  /**
   * PostgreSQL only: a commit's events and deliveries in one statement from arrays, one round trip
   * instead of two batches; null elsewhere.
   */
  final String insertRows;

  /**
   * PostgreSQL only: {@link #insertRows} followed by {@code COMMIT}, sent together so that the
   * transaction's last write and its commit cost one round trip; null elsewhere.
   */
  final String insertRowsAndCommit;

  /**
   * Run before storing events one statement at a time: H2 locks the row that orders appends, so
   * that their positions commit in order; PostgreSQL takes the transaction's id before the first
   * position; null on SQLite, whose writers are serialized anyway.
   */
  final String orderAppends;

  final String markDone;
  final String markRetrying;
  final String markDead;
  final String insertEventIfMissing;
  final String insertDeliveryIfMissing;
  final String renewLease;
  final String selectDeadLetters;
  final String selectDeadLetterForUpdate;
  final String reviveDeadLetter;
  final String selectDue;
  final String claimIfStillDue;
  final String claim;
  final String insertInbox;

  /** SQLite only: a write that changes nothing, to take the write lock first; null elsewhere. */
  final String takeWriteLock;

  final String selectInbox;

  /** The pending deliveries' count and their oldest event's commit time, in one statement. */
  final String selectBacklog;

  /**
   * The condition that a delivery row addressed by its key has {@code status}, written as "none of
   * the other statuses" (the same thing, under the table's CHECK constraint) so that no partial
   * index on the status can serve it and the row is looked up by its primary key. A partial index
   * matches a plain {@code status = ...}, and the planner takes it whenever the statistics say few
   * rows have that status (a new table, or one analyzed while its backlog was empty): it then scans
   * the whole backlog for every row it updates, which made marking deliveries done cost more than
   * storing them.
   */
  private static String keyedStatus(String column, String status) {
    List<String> others = new ArrayList<>();
    for (String other : List.of(PENDING, DONE, DEAD)) {
      if (!other.equals(status)) {
        others.add(other);
      }
    }
    return column + " NOT IN (" + String.join(", ", others) + ")";
  }

  OutboxSql(OutboxTables tables, Dialect dialect) {
    String events = tables.events();
    String deliveries = tables.deliveries();
    insertEvent =
        "INSERT INTO "
            + events
            + " (event_id, type_name, payload, aggregate_type, aggregate_id,"
            + " sequence_no, occurred_at, stored_at, stream_sequence, traceparent)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    insertDelivery =
        "INSERT INTO "
            + deliveries
            + " (event_id, route_id, status, attempts, next_attempt_at,"
            + " claimed_by, claimed_until, updated_at) VALUES (?, ?, "
            + PENDING
            + ", 0, ?, ?, ?, ?)";
    // The transaction's id is taken before the first position is: trackers rely on every
    // position being allocated by a transaction whose id is known (see HistoryReader).
    insertRows =
        dialect != Dialect.POSTGRESQL
            ? null
            : "WITH tx AS MATERIALIZED (SELECT txid_current() AS id), stored AS (INSERT INTO "
                + events
                + " (event_id, type_name, payload, aggregate_type, aggregate_id, sequence_no,"
                + " stream_sequence, occurred_at, traceparent, stored_at) SELECT e.id, e.type_name,"
                + " e.payload, e.aggregate_type, e.aggregate_id, e.sequence_no, e.stream_sequence,"
                + " e.occurred_at, e.traceparent, ?::timestamptz FROM tx CROSS JOIN"
                + " unnest(?::uuid[], ?::varchar[], ?::text[], ?::varchar[], ?::varchar[],"
                + " ?::bigint[], ?::bigint[], ?::timestamptz[], ?::varchar[]) WITH ORDINALITY AS"
                + " e(id, type_name, payload, aggregate_type, aggregate_id, sequence_no,"
                + " stream_sequence, occurred_at, traceparent, n) WHERE tx.id IS NOT NULL"
                + " ORDER BY e.n)"
                + " INSERT INTO "
                + deliveries
                + " (event_id, route_id, status, attempts, next_attempt_at, claimed_by,"
                + " claimed_until, updated_at) SELECT d.id, d.route_id, "
                + PENDING
                + ", 0, ?::timestamptz, ?, ?::timestamptz, ?::timestamptz FROM"
                + " unnest(?::uuid[], ?::varchar[]) AS d(id, route_id)";
    insertRowsAndCommit = insertRows == null ? null : insertRows + "; COMMIT";
    orderAppends =
        switch (dialect) {
          case H2 -> "UPDATE " + tables.appendLock() + " SET appends = appends + 1 WHERE id = 1";
          case POSTGRESQL -> "SELECT txid_current()";
          case SQLITE -> null;
        };
    markDone =
        "UPDATE "
            + deliveries
            + " SET status = "
            + DONE
            + ", claimed_by = ?, updated_at = ?"
            + " WHERE event_id = ? AND route_id = ? AND "
            + keyedStatus("status", PENDING);
    markRetrying =
        "UPDATE "
            + deliveries
            + " SET attempts = ?, next_attempt_at = ?, claimed_by = ?,"
            + " claimed_until = ?, last_error_type = ?, last_error = ?, updated_at = ?"
            + " WHERE event_id = ? AND route_id = ? AND "
            + keyedStatus("status", PENDING);
    markDead =
        "UPDATE "
            + deliveries
            + " SET status = "
            + DEAD
            + ", attempts = ?, claimed_by = NULL,"
            + " last_error_type = ?, last_error = ?, dead_lettered_at = ?, updated_at = ?"
            + " WHERE event_id = ? AND route_id = ? AND status <> "
            + DONE;
    // A delivery the bus reports without a row (an event published outside a unit of work) is
    // written on its first failure, so that its retry state and dead letter are durable too.
    String ignoreDuplicate = dialect.ignoreDuplicate();
    insertEventIfMissing = insertEvent + ignoreDuplicate;
    insertDeliveryIfMissing = insertDelivery + ignoreDuplicate;
    renewLease =
        "UPDATE "
            + deliveries
            + " SET claimed_until = ? WHERE event_id = ? AND route_id = ?"
            + " AND claimed_by = ? AND "
            + keyedStatus("status", PENDING);
    String deadLetterColumns =
        EVENT_COLUMNS
            + ", d.route_id, d.attempts, d.last_error_type, d.last_error,"
            + " d.dead_lettered_at";
    selectDeadLetters =
        "SELECT "
            + deadLetterColumns
            + " FROM "
            + deliveries
            + " d JOIN "
            + events
            + " e ON e.event_id = d.event_id WHERE d.status = "
            + DEAD
            + " ORDER BY d.dead_lettered_at, e.stored_order, d.route_id";
    selectDeadLetterForUpdate =
        "SELECT "
            + deadLetterColumns
            + " FROM "
            + deliveries
            + " d JOIN "
            + events
            + " e ON e.event_id = d.event_id WHERE d.event_id = ? AND d.route_id = ? AND "
            + keyedStatus("d.status", DEAD)
            // SQLite has no row locks: the write transaction holds the whole database.
            + (dialect == Dialect.SQLITE ? "" : " FOR UPDATE");
    reviveDeadLetter =
        "UPDATE "
            + deliveries
            + " SET status = "
            + PENDING
            + ", attempts = 0, claimed_by = ?,"
            + " claimed_until = ?, next_attempt_at = ?, dead_lettered_at = NULL, updated_at = ?"
            + " WHERE event_id = ? AND route_id = ? AND "
            + keyedStatus("status", DEAD);
    String dueColumns = EVENT_COLUMNS + ", d.route_id, d.attempts";
    String dueFrom =
        " FROM "
            + deliveries
            + " d JOIN "
            + events
            + " e ON e.event_id = d.event_id"
            + " WHERE d.status = "
            + PENDING
            + " AND d.claimed_until <= ?"
            + " ORDER BY e.stored_order, d.route_id";
    selectDue =
        dialect == Dialect.POSTGRESQL
            ? "SELECT " + dueColumns + dueFrom + " LIMIT ? FOR UPDATE OF d SKIP LOCKED"
            : "SELECT " + dueColumns + dueFrom + " LIMIT ?";
    claimIfStillDue =
        "UPDATE "
            + deliveries
            + " SET claimed_by = ?, claimed_until = ?, updated_at = ?"
            + " WHERE event_id = ? AND route_id = ? AND "
            + keyedStatus("status", PENDING)
            + " AND claimed_until <= ?";
    claim =
        "UPDATE "
            + deliveries
            + " SET claimed_by = ?, claimed_until = ?, updated_at = ?"
            + " WHERE event_id = ? AND route_id = ?";
    insertInbox =
        "INSERT INTO "
            + tables.inbox()
            + " (handler_id, event_id, processed_at) VALUES (?, ?, ?)"
            + ignoreDuplicate;
    takeWriteLock =
        dialect.singleWriter()
            ? "UPDATE " + events + " SET type_name = type_name WHERE 0 = 1"
            : null;
    selectInbox = "SELECT 1 FROM " + tables.inbox() + " WHERE handler_id = ? AND event_id = ?";
    // Reads only the pending rows (the deliveries_due index), never the done history.
    selectBacklog =
        "SELECT COUNT(*) AS pending, MIN(e.stored_at) AS oldest FROM "
            + deliveries
            + " d JOIN "
            + events
            + " e ON e.event_id = d.event_id WHERE d.status = "
            + PENDING;
  }
}
