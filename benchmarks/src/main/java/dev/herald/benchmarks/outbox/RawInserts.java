package dev.herald.benchmarks.outbox;

import dev.herald.jdbc.schema.OutboxTables;
import dev.herald.runtime.spi.EventEnvelope;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import javax.sql.DataSource;

/**
 * The floor: what a hand-written outbox without delivery costs. Per unit of work one transaction
 * inserts the order row and the three events as one JDBC batch into a table of exactly the shape of
 * {@code herald_events} (created by herald-jdbc's own DDL under the prefix {@code raw_}), then
 * commits; nothing is delivered.
 */
final class RawInserts {

  static final OutboxTables TABLES = new OutboxTables("raw_");

  private static final String INSERT =
      "INSERT INTO "
          + TABLES.events()
          + " (event_id, type_name, payload, aggregate_type, aggregate_id, sequence_no,"
          + " occurred_at, stored_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

  private static final DateTimeFormatter TEXT_INSTANT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

  private final DataSource dataSource;
  private final boolean textColumns;
  private final BenchCodec codec = new BenchCodec();

  /**
   * @param textColumns ids and instants as text, in herald-jdbc's SQLite format
   */
  RawInserts(DataSource dataSource, boolean textColumns) {
    this.dataSource = dataSource;
    this.textColumns = textColumns;
  }

  private Object instant(Instant instant) {
    return textColumns
        ? TEXT_INSTANT.format(instant)
        : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  /** Commits {@code units} units of work from {@code threads} threads. */
  Measurement run(int units, int threads) throws Exception {
    long nanos = Workers.run(units, threads, this::commit);
    long stored = OrdersTable.count(dataSource, "SELECT COUNT(*) FROM " + TABLES.events());
    long expected = (long) units * BenchOrder.EVENTS_PER_UNIT;
    if (stored != expected) {
      throw new IllegalStateException(
          "raw inserts stored " + stored + " events, expected " + expected);
    }
    return new Measurement(expected, nanos);
  }

  private void commit(int unit) throws SQLException {
    BenchOrder order = BenchOrder.placeConfirmAndBake(unit);
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try {
        OrdersTable.insert(connection, order, unit);
        Object now = instant(Instant.now());
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
          for (EventEnvelope envelope : order.uncommittedEvents()) {
            insert.setObject(1, textColumns ? envelope.eventId().toString() : envelope.eventId());
            insert.setString(2, codec.typeName(envelope.event().getClass()));
            insert.setString(3, codec.encode(envelope.event()));
            insert.setString(4, envelope.aggregateType());
            insert.setString(5, envelope.aggregateId());
            insert.setLong(6, envelope.sequence());
            insert.setObject(7, instant(envelope.occurredAt()));
            insert.setObject(8, now);
            insert.addBatch();
          }
          insert.executeBatch();
        }
        connection.commit();
        order.markCommitted();
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(true);
      }
    }
  }
}
