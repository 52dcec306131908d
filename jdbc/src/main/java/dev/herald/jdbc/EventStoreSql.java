package dev.herald.jdbc;

import dev.herald.jdbc.schema.Dialect;
import dev.herald.jdbc.schema.OutboxTables;

/** The statements the event store runs on the events and snapshots tables, built once. */
final class EventStoreSql {

  /** A stream's events from a sequence on, in order; their envelopes' columns as the outbox's. */
  final String selectStream;

  /** A stream's version: its highest sequence, or null for a stream without events. */
  final String selectVersion;

  final String selectSnapshot;
  final String upsertSnapshot;

  EventStoreSql(OutboxTables tables, Dialect dialect) {
    String events = tables.events();
    selectStream =
        "SELECT event_id, type_name, payload, aggregate_type, aggregate_id, sequence_no,"
            + " occurred_at, traceparent, stream_sequence FROM "
            + events
            + " WHERE aggregate_type = ? AND aggregate_id = ? AND stream_sequence >= ?"
            + " ORDER BY stream_sequence";
    selectVersion =
        "SELECT MAX(stream_sequence) FROM "
            + events
            + " WHERE aggregate_type = ? AND aggregate_id = ?";
    String snapshots = tables.snapshots();
    selectSnapshot =
        "SELECT version, revision, state FROM "
            + snapshots
            + " WHERE aggregate_type = ? AND aggregate_id = ?";
    String columns = " (aggregate_type, aggregate_id, version, revision, state, taken_at)";
    upsertSnapshot =
        dialect == Dialect.H2
            ? "MERGE INTO "
                + snapshots
                + columns
                + " KEY (aggregate_type, aggregate_id) VALUES (?, ?, ?, ?, ?, ?)"
            : "INSERT INTO "
                + snapshots
                + columns
                + " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (aggregate_type, aggregate_id) DO UPDATE"
                + " SET version = excluded.version, revision = excluded.revision,"
                + " state = excluded.state, taken_at = excluded.taken_at";
  }
}
