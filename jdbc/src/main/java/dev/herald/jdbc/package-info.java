/**
 * Durable after-commit delivery over plain JDBC: {@link dev.herald.jdbc.JdbcOutbox} stores events
 * and their deliveries in the application's transaction and records their fate, {@link
 * dev.herald.jdbc.OutboxRelay} recovers what a crash left undone, and {@link dev.herald.jdbc.Inbox}
 * gives handlers exactly-once side effects. {@link dev.herald.jdbc.JdbcEventStore} keeps
 * event-sourced aggregates' streams in the same events table, and {@link
 * dev.herald.jdbc.ProjectionTracker} rebuilds projections from it.
 */
package dev.herald.jdbc;
