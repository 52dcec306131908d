package dev.herald.jdbc;

import dev.herald.jdbc.schema.Dialect;
import dev.herald.jdbc.schema.OutboxTables;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;

/**
 * What the outbox's parts share: the database with its dialect, statements and transactions, the
 * codecs, this node with its leases, and the signal that wakes projection trackers.
 */
record OutboxContext(
    DataSource dataSource,
    Dialect dialect,
    OutboxTables tables,
    OutboxSql sql,
    Columns columns,
    StoredRows rows,
    Transactions transactions,
    Leases leases,
    AppendSignals appends,
    String nodeId,
    Duration lease,
    Clock clock) {

  static OutboxContext create(
      DataSource dataSource,
      Dialect dialect,
      OutboxTables tables,
      Codecs codecs,
      String nodeId,
      Duration lease,
      Clock clock) {
    Columns columns = new Columns(dialect);
    OutboxSql sql = new OutboxSql(tables, dialect);
    return new OutboxContext(
        dataSource,
        dialect,
        tables,
        sql,
        columns,
        new StoredRows(columns, codecs),
        new Transactions(dataSource, sql.takeWriteLock, dialect == Dialect.H2),
        new Leases(),
        new AppendSignals(),
        nodeId,
        lease,
        clock);
  }

  /** The failure of an operation on the outbox's tables, naming the operation. */
  static OutboxStoreException failure(String operation, SQLException e) {
    return new OutboxStoreException(operation + " failed: " + e.getMessage(), e);
  }
}
