package dev.herald.jdbc.crash;

import dev.herald.jdbc.EventSourcedRepository;
import dev.herald.jdbc.JdbcOutbox;
import dev.herald.jdbc.ProjectionTracker;
import dev.herald.jdbc.ProjectionTransaction;
import dev.herald.jdbc.support.Fixtures;
import dev.herald.jdbc.support.PizzaTab;
import dev.herald.jdbc.support.ProjectionTable;
import dev.herald.jdbc.support.TabEvent;
import dev.herald.jdbc.support.TestDatabase;
import dev.herald.runtime.EventContext;
import dev.herald.runtime.spi.CommittingEvents;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * The service the replay crash test runs in a child JVM and kills: a projection tracker catching up
 * over the stored history and following new appends, which a writer thread makes meanwhile. The
 * projection writes, in the tracker's transaction, one row per event and each tab's last sequence,
 * and records any event that arrives out of order.
 *
 * <p>Arguments: {@code <jdbc url> run|drain <run id>}. Drain appends nothing, catches up, and
 * prints {@code DRAINED <events> <millis>}.
 */
public final class ReplayService {

  static final Duration LEASE = Duration.ofSeconds(1);
  static final String TRACKER = "sales";

  private final AtomicLong appended = new AtomicLong();

  /** The projection class the tracker feeds. */
  static final class SalesProjection {}

  public static void main(String[] args) throws Exception {
    new ReplayService().run(args[0], args[1], args[2]);
  }

  static void createTables(DataSource dataSource) throws SQLException {
    // No key on purpose: an event applied twice shows up as two rows.
    Fixtures.execute(
        dataSource,
        "CREATE TABLE IF NOT EXISTS projected (event_id VARCHAR(100) NOT NULL, tab VARCHAR(100)"
            + " NOT NULL, seq BIGINT NOT NULL)");
    Fixtures.execute(
        dataSource,
        "CREATE TABLE IF NOT EXISTS tab_positions (tab VARCHAR(100) PRIMARY KEY, seq BIGINT NOT"
            + " NULL)");
    Fixtures.execute(
        dataSource,
        "CREATE TABLE IF NOT EXISTS out_of_order (tab VARCHAR(100) NOT NULL, seq BIGINT NOT NULL,"
            + " expected BIGINT NOT NULL)");
  }

  /** Appends {@code count} events to tabs chosen at random, several per commit. */
  static long append(EventSourcedRepository<PizzaTab> tabs, String prefix, int count, int tabCount)
      throws Exception {
    long done = 0;
    while (done < count) {
      PizzaTab tab = tabs.load(prefix + ThreadLocalRandom.current().nextInt(tabCount));
      int n = Math.min(count - (int) done, 1 + ThreadLocalRandom.current().nextInt(5));
      for (int i = 0; i < n; i++) {
        tab.add("p", 100 + i);
      }
      tabs.saving(tab).commit(new CommittingEvents(tab.uncommittedEvents(), List.of()));
      tab.markCommitted();
      done += n;
    }
    return done;
  }

  private void run(String url, String mode, String runId) throws Exception {
    DataSource dataSource = TestDatabase.dataSource(url);
    JdbcOutbox outbox = Fixtures.outbox(dataSource).nodeId("replay-" + runId).lease(LEASE).build();
    outbox.createSchema();
    createTables(dataSource);
    EventSourcedRepository<PizzaTab> tabs =
        outbox.eventStore().repository(PizzaTab.class, PizzaTab::new).build();
    ProjectionTransaction tx = new ProjectionTransaction();
    ProjectionTable table =
        new ProjectionTable(SalesProjection.class, (event, context) -> project(tx, event, context));
    ProjectionTracker.Builder tracker =
        outbox
            .projection(TRACKER, table, SalesProjection.class)
            .transaction(tx)
            .batchSize(100)
            .pollInterval(Duration.ofMillis(20));
    System.out.println("READY");
    System.out.flush();
    if (mode.equals("drain")) {
      ProjectionTracker drain = tracker.build();
      long started = System.nanoTime();
      long handled = 0;
      // The killed child's lease runs out within LEASE.
      long deadline = System.nanoTime() + LEASE.multipliedBy(20).toNanos();
      while (true) {
        try {
          handled = drain.catchUp();
          break;
        } catch (IllegalStateException heldByTheDead) {
          if (System.nanoTime() > deadline) {
            throw heldByTheDead;
          }
          Thread.sleep(50);
        }
      }
      drain.close();
      System.out.println("DRAINED " + handled + " " + (System.nanoTime() - started) / 1_000_000);
      System.out.flush();
      System.exit(0);
    }
    tracker.build().start();
    Thread writer =
        new Thread(
            () -> {
              try {
                while (true) {
                  appended.addAndGet(append(tabs, runId + "-tab-", 10, 20));
                  System.out.println("PROGRESS " + appended.get() + " 0 0 0 0");
                  System.out.flush();
                }
              } catch (Exception e) {
                System.out.println("FAILED " + e);
                System.out.flush();
                System.exit(3);
              }
            });
    writer.start();
    writer.join();
  }

  private static void project(ProjectionTransaction tx, TabEvent event, EventContext context)
      throws SQLException {
    Connection c = tx.connection();
    String tab = context.aggregateId();
    long last = 0;
    try (PreparedStatement select =
        c.prepareStatement("SELECT seq FROM tab_positions WHERE tab = ?")) {
      select.setString(1, tab);
      try (ResultSet row = select.executeQuery()) {
        if (row.next()) {
          last = row.getLong(1);
        }
      }
    }
    if (context.sequence() != last + 1) {
      try (PreparedStatement wrong =
          c.prepareStatement("INSERT INTO out_of_order VALUES (?, ?, ?)")) {
        wrong.setString(1, tab);
        wrong.setLong(2, context.sequence());
        wrong.setLong(3, last + 1);
        wrong.executeUpdate();
      }
    }
    try (PreparedStatement move =
        c.prepareStatement(
            last == 0
                ? "INSERT INTO tab_positions (seq, tab) VALUES (?, ?)"
                : "UPDATE tab_positions SET seq = ? WHERE tab = ?")) {
      move.setLong(1, context.sequence());
      move.setString(2, tab);
      move.executeUpdate();
    }
    try (PreparedStatement insert = c.prepareStatement("INSERT INTO projected VALUES (?, ?, ?)")) {
      insert.setString(1, context.eventId().toString());
      insert.setString(2, tab);
      insert.setLong(3, context.sequence());
      insert.executeUpdate();
    }
  }
}
