package dev.herald.benchmarks.outbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGConnectionPoolDataSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.javax.SQLiteConnectionPoolDataSource;

/**
 * The databases the outbox benchmark runs on; each {@link #open} gives a fresh, empty database
 * behind a connection pool (H2's {@code JdbcConnectionPool} over the driver's pooled data source,
 * for both).
 */
public enum Database {

  /**
   * Embedded SQLite in a file under the temp directory, as herald-jdbc's durable default: WAL,
   * {@code synchronous=FULL} (a commit survives a power loss).
   */
  SQLITE_FULL("SQLite WAL FULL") {
    @Override
    Open open(String name) {
      return sqlite(name, SQLiteConfig.SynchronousMode.FULL);
    }
  },

  /** The same with {@code synchronous=NORMAL} (a commit survives a crash of the process). */
  SQLITE_NORMAL("SQLite WAL NORMAL") {
    @Override
    Open open(String name) {
      return sqlite(name, SQLiteConfig.SynchronousMode.NORMAL);
    }
  },

  /** Embedded H2 2.3 in memory. */
  H2_MEM("H2 mem") {
    @Override
    Open open(String name) {
      JdbcDataSource h2 = new JdbcDataSource();
      h2.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
      JdbcConnectionPool pool = pool(h2);
      return new Open(pool, () -> shutdown(pool));
    }
  },

  /** PostgreSQL 15 in a throwaway cluster (see {@link PostgresCluster} for its settings). */
  POSTGRESQL("PostgreSQL 15") {
    @Override
    Open open(String name) {
      PostgresCluster cluster = postgres();
      PGConnectionPoolDataSource postgres = new PGConnectionPoolDataSource();
      postgres.setURL(cluster.createDatabase(name));
      JdbcConnectionPool pool = pool(postgres);
      return new Open(
          pool,
          () -> {
            pool.dispose();
            cluster.dropDatabase(name);
          });
    }
  };

  /**
   * Connections of one pool: committing threads plus the bus's delivery threads, with room to
   * spare.
   */
  private static final int MAX_CONNECTIONS = 16;

  private static final AtomicInteger NAMES = new AtomicInteger();
  private static PostgresCluster cluster;

  private final String label;

  Database(String label) {
    this.label = label;
  }

  /** How results name it. */
  public String label() {
    return label;
  }

  /** A fresh, empty database; close it to drop it. */
  public Open open() {
    return open("bench" + NAMES.incrementAndGet());
  }

  abstract Open open(String name);

  /**
   * Parses {@code sqlite} (FULL), {@code sqlitenormal}, {@code h2mem}, {@code pg} / {@code
   * postgresql} (case-insensitive).
   */
  public static Database parse(String name) {
    return switch (name.toLowerCase(Locale.ROOT).replace("_", "").replace("-", "")) {
      case "sqlite", "sqlitefull" -> SQLITE_FULL;
      case "sqlitenormal" -> SQLITE_NORMAL;
      case "h2mem", "h2" -> H2_MEM;
      case "pg", "postgres", "postgresql" -> POSTGRESQL;
      default ->
          throw new IllegalArgumentException(
              "Unknown database '" + name + "': use sqlite, sqlitenormal, h2mem or pg");
    };
  }

  /** Whether ids and instants are stored as text (SQLite has no UUID or time zone types). */
  boolean textColumns() {
    return this == SQLITE_FULL || this == SQLITE_NORMAL;
  }

  private static Open sqlite(String name, SQLiteConfig.SynchronousMode synchronous) {
    Path dir = tempDir("herald-bench-sqlite-");
    SQLiteConfig config = new SQLiteConfig();
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.setSynchronous(synchronous);
    config.setBusyTimeout(10_000);
    config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
    SQLiteConnectionPoolDataSource sqlite = new SQLiteConnectionPoolDataSource(config);
    sqlite.setUrl("jdbc:sqlite:" + dir.resolve(name + ".db"));
    JdbcConnectionPool pool = pool(sqlite);
    return new Open(
        pool,
        () -> {
          pool.dispose();
          deleteTree(dir);
        });
  }

  /** The cluster every PostgreSQL database of this JVM lives in, started on first use. */
  static synchronized PostgresCluster postgres() {
    if (cluster == null) {
      cluster = PostgresCluster.start();
    }
    return cluster;
  }

  /** Stops the PostgreSQL cluster if one was started. */
  public static synchronized void stopPostgres() {
    if (cluster != null) {
      cluster.close();
      cluster = null;
    }
  }

  private static JdbcConnectionPool pool(javax.sql.ConnectionPoolDataSource source) {
    JdbcConnectionPool pool = JdbcConnectionPool.create(source);
    pool.setMaxConnections(MAX_CONNECTIONS);
    return pool;
  }

  private static void shutdown(JdbcConnectionPool pool) {
    try (Connection connection = pool.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("SHUTDOWN");
    } catch (SQLException e) {
      throw new IllegalStateException("Could not shut H2 down: " + e.getMessage(), e);
    } finally {
      pool.dispose();
    }
  }

  private static Path tempDir(String prefix) {
    try {
      return Files.createTempDirectory(prefix);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteTree(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An open, empty database: its pooled data source, and how to drop it. */
  public record Open(DataSource dataSource, Runnable drop) implements AutoCloseable {
    @Override
    public void close() {
      drop.run();
    }
  }
}
