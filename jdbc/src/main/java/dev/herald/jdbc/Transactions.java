package dev.herald.jdbc;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs work in one transaction: the one place in herald-jdbc that turns auto-commit off, commits,
 * rolls back on any failure and hands the connection back as it found it. (On PostgreSQL the
 * outbox's last write may carry the {@code COMMIT} itself, to save a round trip; the commit here
 * then finds no transaction open and sends nothing.) On a single-writer database (SQLite) it also
 * queues this process's write transactions, so they wait on a lock rather than in the database's
 * busy loop.
 */
final class Transactions {

  private static final Logger log = LoggerFactory.getLogger(Transactions.class);

  /** Work on a connection inside a transaction it must neither commit, roll back nor close. */
  @FunctionalInterface
  interface Work<T, X extends Exception> {
    T run(Connection connection) throws X, SQLException;
  }

  private final DataSource dataSource;

  /** Null unless the database takes one writer at a time; fair, so no writer starves. */
  private final ReentrantLock writer;

  /** A write that changes nothing, run first to take the write lock; null where not needed. */
  private final String takeWriteLock;

  /**
   * Null unless the database orders appends with a row lock (H2): this process's appends queue here
   * instead, where no lock timeout applies.
   */
  private final ReentrantLock appends;

  Transactions(DataSource dataSource, String takeWriteLock, boolean rowLockedAppends) {
    this.dataSource = dataSource;
    this.takeWriteLock = takeWriteLock;
    this.writer = takeWriteLock != null ? new ReentrantLock(true) : null;
    this.appends = rowLockedAppends ? new ReentrantLock(true) : null;
  }

  /**
   * Runs the work in a new transaction on a connection of the data source and commits it.
   *
   * @throws UncertainCommitException when {@code COMMIT} itself failed: it may have committed
   */
  <T, X extends Exception> T write(Work<T, X> work) throws X, SQLException {
    lockWriter();
    try (Connection connection = dataSource.getConnection()) {
      return inTransaction(
          connection,
          takeWriteLock == null
              ? work
              : locked -> {
                try (Statement statement = locked.createStatement()) {
                  statement.executeUpdate(takeWriteLock);
                }
                return work.run(locked);
              });
    } finally {
      unlockWriter();
    }
  }

  /**
   * As {@link #write}, for a transaction that stores events: where the database orders appends with
   * a row lock held until the commit (H2), this process's appends take turns on a lock first.
   */
  <T, X extends Exception> T writeAppending(Work<T, X> work) throws X, SQLException {
    if (appends == null) {
      return write(work);
    }
    appends.lock();
    try {
      return write(work);
    } finally {
      appends.unlock();
    }
  }

  /** Binds one row of a batch. */
  @FunctionalInterface
  interface RowBinder<T> {
    void bind(PreparedStatement statement, T row) throws SQLException;
  }

  /**
   * Runs one statement for every row as a JDBC batch in a new transaction and commits it.
   *
   * @return the update count of each row
   */
  <T> int[] writeBatch(String sql, List<T> rows, RowBinder<T> binder) throws SQLException {
    return write(connection -> batch(connection, sql, rows, binder));
  }

  /**
   * Runs one statement for every row as a JDBC batch on a connection in auto-commit mode: the
   * database decides how the statements group into transactions, so use it only for rows whose
   * updates need no atomicity together.
   *
   * @return the update count of each row
   */
  <T> int[] autoCommittedBatch(String sql, List<T> rows, RowBinder<T> binder) throws SQLException {
    return autoCommitted(connection -> batch(connection, sql, rows, binder));
  }

  private static <T> int[] batch(
      Connection connection, String sql, List<T> rows, RowBinder<T> binder) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (T row : rows) {
        binder.bind(statement, row);
        statement.addBatch();
      }
      return statement.executeBatch();
    }
  }

  /**
   * Runs DDL in a new transaction and commits it: as {@link #write}, without taking the write lock
   * through the tables, which may not exist yet.
   */
  <T> T writeSchema(Work<T, RuntimeException> work) throws SQLException {
    lockWriter();
    try (Connection connection = dataSource.getConnection()) {
      return inTransaction(connection, work);
    } finally {
      unlockWriter();
    }
  }

  /**
   * Runs the work on a connection in auto-commit mode, each statement its own transaction (still as
   * this process's one writer, where there is one).
   */
  <T, X extends Exception> T autoCommitted(Work<T, X> work) throws X, SQLException {
    lockWriter();
    try (Connection connection = dataSource.getConnection()) {
      return work.run(connection);
    } finally {
      unlockWriter();
    }
  }

  /**
   * Runs the work in a transaction on the given connection and commits it.
   *
   * @throws UncertainCommitException when {@code COMMIT} itself failed: it may have committed
   */
  static <T, X extends Exception> T inTransaction(Connection connection, Work<T, X> work)
      throws X, SQLException {
    boolean autoCommit = connection.getAutoCommit();
    if (autoCommit) {
      connection.setAutoCommit(false);
    }
    try {
      T result = work.run(connection);
      try {
        connection.commit();
      } catch (SQLException e) {
        throw new UncertainCommitException(e);
      }
      return result;
    } catch (Throwable failure) {
      try {
        connection.rollback();
      } catch (SQLException rollbackFailure) {
        failure.addSuppressed(rollbackFailure);
      }
      throw failure;
    } finally {
      if (autoCommit) {
        try {
          connection.setAutoCommit(true);
        } catch (SQLException e) {
          // A broken connection; the pool finds out when it is handed back.
          log.debug("Could not restore auto-commit", e);
        }
      }
    }
  }

  /**
   * Whether the failure means the database could not be reached or the connection broke (class 08,
   * an I/O error underneath, or a server shutting down or starting up: 57P01-57P03), rather than
   * that it refused a statement.
   */
  static boolean unreachable(SQLException failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof IOException
          || cause instanceof SQLTransientConnectionException
          || cause instanceof SQLNonTransientConnectionException) {
        return true;
      }
      if (cause instanceof SQLException sql
          && sql.getSQLState() != null
          && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
        return true;
      }
    }
    return false;
  }

  private void lockWriter() {
    if (writer != null) {
      writer.lock();
    }
  }

  private void unlockWriter() {
    if (writer != null) {
      writer.unlock();
    }
  }
}
