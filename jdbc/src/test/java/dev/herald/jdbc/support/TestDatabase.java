package dev.herald.jdbc.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.sqlite.SQLiteDataSource;

/** The databases the tests run against, each handing out a fresh, empty database. */
public enum TestDatabase {
  H2 {
    @Override
    public String newUrl(String hint) {
      // DB_CLOSE_DELAY keeps the in-memory database while no connection is open.
      return "jdbc:h2:mem:" + hint + "-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    }
  },
  POSTGRESQL {
    @Override
    public String newUrl(String hint) {
      return PostgresServer.get().createDatabase(hint);
    }
  },
  SQLITE {
    @Override
    public String newUrl(String hint) {
      try {
        Path dir = Files.createTempDirectory(SqliteFiles.ROOT, hint + "-");
        return sqliteUrl(dir.resolve("herald.db"), "NORMAL");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  };

  /**
   * Where SQLite files go, deleted when the JVM exits; created on first use, because the child JVMs
   * of the crash tests load this class and die by kill -9, which runs no shutdown hook.
   */
  private static final class SqliteFiles {
    static final Path ROOT = TempFiles.directory("herald-sqlite-");
  }

  /** A JDBC URL of a new, empty database. */
  public abstract String newUrl(String hint);

  /** A pooled data source over a new, empty database. */
  public DataSource newDataSource(String hint) {
    return dataSource(newUrl(hint));
  }

  /**
   * The URL of a SQLite file with the options the outbox needs: WAL, the given synchronous level
   * (FULL survives power loss, NORMAL a process crash), a busy timeout, and write transactions that
   * take the write lock when they begin.
   */
  public static String sqliteUrl(Path file, String synchronous) {
    return "jdbc:sqlite:"
        + file
        + "?journal_mode=WAL&synchronous="
        + synchronous
        + "&busy_timeout=10000&transaction_mode=IMMEDIATE";
  }

  /** A pooled data source over the given URL (H2, PostgreSQL or SQLite). */
  public static DataSource dataSource(String url) {
    if (url.startsWith("jdbc:h2:")) {
      JdbcDataSource h2 = new JdbcDataSource();
      h2.setURL(url);
      return new SimplePool(h2);
    }
    if (url.startsWith("jdbc:sqlite:")) {
      SQLiteDataSource sqlite = new SQLiteDataSource();
      sqlite.setUrl(url);
      return new SimplePool(sqlite);
    }
    PGSimpleDataSource postgres = new PGSimpleDataSource();
    postgres.setURL(url);
    return new SimplePool(postgres);
  }
}
