package dev.herald.jdbc;

import dev.herald.jdbc.schema.Dialect;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * Refuses, when the outbox is built, a database that would lose or tear committed transactions: H2
 * as a file database, and SQLite without write-ahead logging, without synchronous writes, or
 * without a busy timeout.
 */
final class DatabaseCheck {

  private DatabaseCheck() {}

  /**
   * Checks the database behind the connection.
   *
   * @throws IllegalArgumentException naming what is wrong and what to use instead
   */
  static void check(Connection connection, Dialect dialect) throws SQLException {
    if (dialect == Dialect.H2) {
      refuseH2File(connection.getMetaData().getURL());
    } else if (dialect == Dialect.SQLITE) {
      checkSqlite(connection);
    }
  }

  /**
   * H2 2.x as a file (or server) database tears transactions when several threads of one process
   * commit at once, as the outbox always does (commits, delivery threads, DONE marks, relay): a
   * copy of the file at a random instant held one insert of a two-insert transaction in 14 of 750
   * snapshots with 4 writer threads, and its default WRITE_DELAY loses acknowledged commits.
   */
  private static void refuseH2File(String url) {
    String lower = url == null ? "" : url.toLowerCase(Locale.ROOT);
    boolean inMemory =
        lower.startsWith("jdbc:h2:mem:") || lower.matches("jdbc:h2:(tcp|ssl)://[^/]*/mem:.*");
    if (!inMemory) {
      throw new IllegalArgumentException(
          "H2 database "
              + url
              + " is not in memory: H2 as a file database tears transactions when several threads"
              + " commit at once, as the outbox's do, so it cannot be a durable outbox; use SQLite"
              + " (jdbc:sqlite:FILE?journal_mode=WAL&synchronous=FULL&busy_timeout=10000) or"
              + " PostgreSQL, or jdbc:h2:mem: for tests");
    }
  }

  private static void checkSqlite(Connection connection) throws SQLException {
    String journal = pragma(connection, "journal_mode");
    if (!"wal".equalsIgnoreCase(journal)) {
      throw new IllegalArgumentException(
          "SQLite journal_mode is "
              + journal
              + ": the outbox needs write-ahead logging, so that readers never block the writer and"
              + " a crash leaves only whole transactions; add journal_mode=WAL to the JDBC URL");
    }
    String synchronous = pragma(connection, "synchronous");
    if ("0".equals(synchronous)) {
      throw new IllegalArgumentException(
          "SQLite synchronous=OFF: a power loss or OS crash can corrupt the database; add"
              + " synchronous=FULL (survives power loss) or synchronous=NORMAL (survives a process"
              + " crash, may lose the last commits on power loss) to the JDBC URL");
    }
    String busyTimeout = pragma(connection, "busy_timeout");
    if ("0".equals(busyTimeout)) {
      throw new IllegalArgumentException(
          "SQLite busy_timeout=0: a write that meets another process's write transaction would fail"
              + " at once instead of waiting; add busy_timeout=10000 (milliseconds) to the JDBC"
              + " URL");
    }
  }

  private static String pragma(Connection connection, String name) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("PRAGMA " + name)) {
      return rows.next() ? rows.getString(1) : null;
    }
  }
}
