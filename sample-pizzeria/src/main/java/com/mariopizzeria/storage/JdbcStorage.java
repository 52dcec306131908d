package com.mariopizzeria.storage;

import com.mariopizzeria.PizzeriaSettings;
import com.mariopizzeria.loyalty.LoyaltyAccounts;
import com.mariopizzeria.orders.OrderRepository;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.herald.jdbc.JdbcOutbox;
import dev.herald.jdbc.OutboxRelay;
import dev.herald.jdbc.ProjectionTracker;
import dev.herald.runtime.EventBus;
import dev.herald.runtime.generated.EventCodec;
import dev.herald.runtime.generated.HandlerTable;
import dev.herald.runtime.spi.CommitStep;
import dev.herald.runtime.spi.DeliveryStore;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Collection;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * Orders, loyalty accounts and events in one database through herald-jdbc: H2 in memory unless a
 * URL is given, a durable embedded SQLite file for a {@code jdbc:sqlite:} URL (nothing to install),
 * PostgreSQL for a {@code jdbc:postgresql:} URL. Its relay delivers what a crash left undone; its
 * stored events rebuild projections.
 */
public final class JdbcStorage implements Storage {

  private static final AtomicInteger FRESH_DATABASES = new AtomicInteger();

  private final String url;
  private final boolean freshH2;
  private final HikariDataSource dataSource;
  private final JdbcOutbox outbox;
  private final JdbcOrderRepository orders;
  private final JdbcLoyaltyAccounts loyaltyAccounts;
  private OutboxRelay relay;

  private JdbcStorage(String url, boolean freshH2, HikariDataSource dataSource, JdbcOutbox outbox) {
    this.url = url;
    this.freshH2 = freshH2;
    this.dataSource = dataSource;
    this.outbox = outbox;
    this.orders = new JdbcOrderRepository(dataSource, outbox);
    this.loyaltyAccounts = new JdbcLoyaltyAccounts(dataSource, outbox);
  }

  /**
   * Connects, and creates the outbox's and the orders' tables unless they exist.
   *
   * @param codecs the generated codecs of every module whose events are stored
   * @throws IllegalArgumentException for a URL of another database than H2 in memory, SQLite or
   *     PostgreSQL, or when no codec is given
   */
  public static JdbcStorage open(
      PizzeriaSettings settings, Collection<? extends EventCodec> codecs) {
    boolean fresh = settings.jdbcUrl() == null;
    // A fresh database per pizzeria, so that tests in one JVM do not share orders.
    String url =
        fresh
            ? "jdbc:h2:mem:pizzeria-" + FRESH_DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1"
            : settings.jdbcUrl();
    if (codecs.isEmpty()) {
      throw new IllegalArgumentException(
          "The outbox stores events as JSON through the generated EventCodecs, and none was found;"
              + " build with a Herald processor that generates them, or run with --in-memory");
    }
    HikariDataSource dataSource = dataSource(url, settings.jdbcUser(), settings.jdbcPassword());
    try {
      JdbcOutbox outbox = JdbcOutbox.builder(dataSource).codecs(codecs).build();
      outbox.createSchema();
      JdbcStorage storage = new JdbcStorage(url, fresh, dataSource, outbox);
      storage.orders.createSchema();
      return storage;
    } catch (SQLException failure) {
      dataSource.close();
      throw new IllegalStateException(
          "Cannot create the orders' tables in " + url + ": " + failure.getMessage(), failure);
    } catch (RuntimeException failure) {
      dataSource.close();
      throw failure;
    }
  }

  /**
   * A pool over the driver's own data source: every unit of work and every delivery takes a
   * connection.
   */
  private static HikariDataSource dataSource(String url, String user, String password) {
    HikariConfig pool = new HikariConfig();
    pool.setDataSource(driverDataSource(url, user, password));
    pool.setMaximumPoolSize(8);
    pool.setPoolName("pizzeria");
    return new HikariDataSource(pool);
  }

  private static DataSource driverDataSource(String url, String user, String password) {
    if (url.startsWith("jdbc:h2:")) {
      JdbcDataSource h2 = new JdbcDataSource();
      h2.setURL(url);
      h2.setUser(user);
      h2.setPassword(password);
      return h2;
    }
    if (url.startsWith("jdbc:sqlite:")) {
      return sqlite(url);
    }
    if (url.startsWith("jdbc:postgresql:")) {
      PGSimpleDataSource postgres = new PGSimpleDataSource();
      postgres.setURL(url);
      postgres.setUser(user);
      postgres.setPassword(password);
      return postgres;
    }
    throw new IllegalArgumentException(
        "Unsupported JDBC URL "
            + url
            + ": the sample knows jdbc:h2:mem:, jdbc:sqlite: and jdbc:postgresql:");
  }

  /**
   * SQLite with the options herald-jdbc needs for a durable outbox: write-ahead logging,
   * synchronous=FULL (a commit survives a power loss, not only a crash), a busy timeout, and write
   * transactions that take the write lock when they begin.
   */
  private static DataSource sqlite(String url) {
    SQLiteConfig config = new SQLiteConfig();
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
    config.setBusyTimeout(10_000);
    config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
    SQLiteDataSource sqlite = new SQLiteDataSource(config);
    sqlite.setUrl(url);
    return sqlite;
  }

  @Override
  public DeliveryStore deliveryStore() {
    return outbox.deliveryStore();
  }

  @Override
  public OrderRepository orders() {
    return orders;
  }

  @Override
  public LoyaltyAccounts loyaltyAccounts() {
    return loyaltyAccounts;
  }

  @Override
  public CommitStep eventsOnly() {
    return outbox.transactional(connection -> {});
  }

  /** The outbox, for tests and operators. */
  public JdbcOutbox outbox() {
    return outbox;
  }

  public DataSource dataSource() {
    return dataSource;
  }

  @Override
  public synchronized void start(EventBus bus) {
    if (relay == null) {
      relay = outbox.relay(bus).pollInterval(Duration.ofSeconds(5)).build().start();
    }
  }

  /**
   * {@inheritDoc}
   *
   * <p>The tracker's position is kept in {@code herald_trackers}, but the projections rebuilt here
   * keep their figures in memory: each rebuild starts again from the first event.
   */
  @Override
  public OptionalLong rebuild(String trackerId, HandlerTable table, Class<?> projection) {
    try (ProjectionTracker tracker = outbox.projection(trackerId, table, projection).build()) {
      tracker.reset();
      return OptionalLong.of(tracker.catchUp());
    }
  }

  @Override
  public String describe() {
    String where =
        url.startsWith("jdbc:h2:mem:")
            ? "H2 in memory (" + url + ")"
            : url.startsWith("jdbc:sqlite:") ? "SQLite, WAL, synchronous=FULL (" + url + ")" : url;
    return where + " through the herald-jdbc outbox: each order and its events in one transaction";
  }

  @Override
  public synchronized void close() {
    if (relay != null) {
      relay.close();
      relay = null;
    }
    if (freshH2) {
      try (Connection connection = dataSource.getConnection();
          Statement shutdown = connection.createStatement()) {
        shutdown.execute("SHUTDOWN");
      } catch (SQLException ignored) {
        // The database is gone either way.
      }
    }
    dataSource.close();
  }
}
