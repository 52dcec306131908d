package dev.herald.jdbc.schema;

import java.util.ArrayList;
import java.util.List;

/**
 * The DDL of the tables the event store and the projection trackers add beside the outbox's:
 * tracker positions, tracker dead letters, aggregate snapshots, and on H2 the row that orders
 * appends.
 */
final class ReplaySchema {

  private ReplaySchema() {}

  static List<String> statements(Dialect dialect, OutboxTables tables) {
    String text = dialect.textType();
    String ts = dialect.timestampType();
    String uuid = dialect.uuidType();
    List<String> statements = new ArrayList<>();
    statements.add(
        "CREATE TABLE IF NOT EXISTS "
            + tables.trackers()
            + " (\n"
            + "  tracker_id VARCHAR(200) NOT NULL PRIMARY KEY,\n"
            + "  position BIGINT NOT NULL,\n"
            + "  owner VARCHAR(200),\n"
            + "  owned_until "
            + ts
            + ",\n"
            + "  updated_at "
            + ts
            + " NOT NULL\n"
            + ")");
    // Keyed by the event's position: a row whose id is corrupted can still be parked and listed.
    statements.add(
        "CREATE TABLE IF NOT EXISTS "
            + tables.trackerDeadLetters()
            + " (\n"
            + "  tracker_id VARCHAR(200) NOT NULL,\n"
            + "  stored_order BIGINT NOT NULL,\n"
            + "  event_id "
            + uuid
            + ",\n"
            + "  type_name VARCHAR(500) NOT NULL,\n"
            + "  attempts INTEGER NOT NULL,\n"
            + "  failure_type VARCHAR(500) NOT NULL,\n"
            + "  failure "
            + text
            + ",\n"
            + "  dead_lettered_at "
            + ts
            + " NOT NULL,\n"
            + "  PRIMARY KEY (tracker_id, stored_order)\n"
            + ")");
    statements.add(
        "CREATE TABLE IF NOT EXISTS "
            + tables.snapshots()
            + " (\n"
            + "  aggregate_type VARCHAR(255) NOT NULL,\n"
            + "  aggregate_id VARCHAR(255) NOT NULL,\n"
            + "  version BIGINT NOT NULL,\n"
            + "  revision VARCHAR(100) NOT NULL,\n"
            + "  state "
            + text
            + " NOT NULL,\n"
            + "  taken_at "
            + ts
            + " NOT NULL,\n"
            + "  PRIMARY KEY (aggregate_type, aggregate_id)\n"
            + ")");
    if (dialect == Dialect.H2) {
      statements.add(
          "CREATE TABLE IF NOT EXISTS "
              + tables.appendLock()
              + " (\n"
              + "  id INTEGER NOT NULL PRIMARY KEY,\n"
              + "  appends BIGINT NOT NULL\n"
              + ")");
      statements.add(
          "INSERT INTO "
              + tables.appendLock()
              + " (id, appends) SELECT 1, 0 WHERE NOT EXISTS (SELECT 1 FROM "
              + tables.appendLock()
              + ")");
    }
    return statements;
  }
}
