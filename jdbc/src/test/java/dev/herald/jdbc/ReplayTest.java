package dev.herald.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.jdbc.support.Fixtures;
import dev.herald.jdbc.support.PizzaTab;
import dev.herald.jdbc.support.ProjectionTable;
import dev.herald.jdbc.support.TabEvent;
import dev.herald.jdbc.support.TestDatabase;
import dev.herald.runtime.EventBus;
import dev.herald.runtime.RetryPolicy;
import dev.herald.runtime.UnitOfWork;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Projection trackers: catch-up over history, durable position, reset, live join, parking. */
class ReplayTest {

  /** The tracked projection class (its methods are the {@link ProjectionTable}'s). */
  static final class SalesReport {}

  /** A handler class the bus delivers to as usual. */
  static final class Kitchen {}

  private static JdbcOutbox outbox(DataSource dataSource) throws SQLException {
    JdbcOutbox outbox = Fixtures.outbox(dataSource).nodeId("node-a").build();
    outbox.createSchema();
    // No key on purpose: an event applied twice shows up as two rows.
    Fixtures.execute(
        dataSource, "CREATE TABLE sales (event_id VARCHAR(100) NOT NULL, cents INT NOT NULL)");
    return outbox;
  }

  /** The projection: one row per event in the tracker's transaction, and the ids in call order. */
  private static ProjectionTable.Handler sales(ProjectionTransaction tx, List<String> seen) {
    return (event, context) -> {
      int cents =
          event instanceof TabEvent.PizzaAdded added
              ? added.cents()
              : -((TabEvent.TabPaid) event).cents();
      try (PreparedStatement insert =
          tx.connection().prepareStatement("INSERT INTO sales VALUES (?, ?)")) {
        insert.setString(1, context.eventId().toString());
        insert.setInt(2, cents);
        insert.executeUpdate();
      }
      seen.add(context.eventId().toString());
    };
  }

  private static void add(EventSourcedRepository<PizzaTab> tabs, String tab, int cents)
      throws Exception {
    EventStoreTest.save(tabs, tabs.load(tab).add("p" + cents, cents));
  }

  /** The ids of the stored tab events in position order. */
  private static List<String> storedOrder(DataSource dataSource) throws SQLException {
    List<String> ids = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        ResultSet rows =
            c.createStatement()
                .executeQuery(
                    "SELECT event_id FROM herald_events WHERE type_name LIKE 'test.%Tab%' OR"
                        + " type_name = 'test.PizzaAdded' ORDER BY stored_order")) {
      while (rows.next()) {
        ids.add(rows.getString(1));
      }
    }
    return ids;
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void newProjectionCatchesUpInOrderKeepsItsPositionAndRebuildsAfterAReset(TestDatabase db)
      throws Exception {
    DataSource dataSource = db.newDataSource("replay");
    JdbcOutbox outbox = outbox(dataSource);
    EventSourcedRepository<PizzaTab> tabs = EventStoreTest.tabs(outbox);
    for (int i = 0; i < 10; i++) {
      add(tabs, "t-" + (i % 3), 100 + i);
      if (i == 4) {
        // An event the projection does not handle: skipped, but passed by the position.
        outbox
            .transactional(c -> {})
            .commit(Fixtures.placed(java.time.Instant.now(), List.of(), "o-1"));
      }
    }
    EventStoreTest.save(tabs, tabs.load("t-0").pay());
    ProjectionTransaction tx = new ProjectionTransaction();
    List<String> seen = new CopyOnWriteArrayList<>();
    ProjectionTable table = new ProjectionTable(SalesReport.class, sales(tx, seen));

    ProjectionTracker tracker =
        outbox.projection("sales", table, SalesReport.class).transaction(tx).batchSize(4).build();
    assertEquals(0, tracker.position());
    assertEquals(11, tracker.catchUp());

    assertEquals(storedOrder(dataSource), seen);
    assertEquals(11, Fixtures.count(dataSource, "SELECT COUNT(DISTINCT event_id) FROM sales"));
    assertEquals(11, Fixtures.count(dataSource, "SELECT COUNT(*) FROM sales"));
    long last = Fixtures.count(dataSource, "SELECT MAX(stored_order) FROM herald_events");
    assertEquals(last, tracker.position());
    tracker.close();

    // Another process with the same tracker id starts from the stored position.
    ProjectionTracker restarted =
        outbox.projection("sales", table, SalesReport.class).transaction(tx).build();
    assertEquals(0, restarted.catchUp());
    add(tabs, "t-1", 5);
    assertEquals(1, restarted.catchUp());
    assertEquals(12, Fixtures.count(dataSource, "SELECT COUNT(*) FROM sales"));

    // Reset: the projection clears its state and is rebuilt from the first event.
    Fixtures.execute(dataSource, "DELETE FROM sales");
    seen.clear();
    restarted.reset();
    assertEquals(0, restarted.position());
    assertEquals(12, restarted.catchUp());
    assertEquals(storedOrder(dataSource), seen);
    assertEquals(12, Fixtures.count(dataSource, "SELECT COUNT(*) FROM sales"));
    restarted.close();
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void aStartedTrackerJoinsLiveCommitsWithNoGapAndNoDuplicate(TestDatabase db) throws Exception {
    DataSource dataSource = db.newDataSource("replay-live");
    JdbcOutbox outbox = outbox(dataSource);
    EventSourcedRepository<PizzaTab> tabs = EventStoreTest.tabs(outbox);
    ProjectionTransaction tx = new ProjectionTransaction();
    List<String> seen = new CopyOnWriteArrayList<>();
    List<String> kitchen = new CopyOnWriteArrayList<>();
    ProjectionTable salesTable = new ProjectionTable(SalesReport.class, sales(tx, seen));
    ProjectionTable kitchenTable =
        new ProjectionTable(
            Kitchen.class, (event, context) -> kitchen.add(context.eventId().toString()));
    EventBus bus =
        EventBus.builder(LiveTables.without(List.of(salesTable, kitchenTable), SalesReport.class))
            .deliveryStore(outbox.deliveryStore())
            .build();
    // History before the projection exists.
    for (int i = 0; i < 30; i++) {
      commit(bus, tabs, "h-" + (i % 5), 100 + i);
    }

    int writers = 3;
    int perWriter = 25;
    try (ProjectionTracker tracker =
        outbox
            .projection("sales-live", salesTable, SalesReport.class)
            .transaction(tx)
            .batchSize(7)
            .pollInterval(Duration.ofMillis(50))
            .build()
            .start()) {
      List<Thread> threads = new ArrayList<>();
      List<Throwable> failures = new CopyOnWriteArrayList<>();
      for (int w = 0; w < writers; w++) {
        String tab = "live-" + w;
        Thread thread =
            new Thread(
                () -> {
                  try {
                    for (int i = 0; i < perWriter; i++) {
                      commit(bus, tabs, tab, i);
                    }
                  } catch (Throwable e) {
                    failures.add(e);
                  }
                });
        threads.add(thread);
        thread.start();
      }
      for (Thread thread : threads) {
        thread.join();
      }
      assertEquals(List.of(), failures);
      int total = 30 + writers * perWriter;
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      // The handler sees an event before its batch commits: wait for the rows too.
      while ((seen.size() < total
              || Fixtures.count(dataSource, "SELECT COUNT(*) FROM sales") < total)
          && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      // Every stored event once, in stored order, including those committed while catching up.
      assertEquals(storedOrder(dataSource), seen);
      assertEquals(total, new HashSet<>(seen).size());
      assertEquals(total, Fixtures.count(dataSource, "SELECT COUNT(*) FROM sales"));
    }
    assertTrue(bus.awaitIdle(Duration.ofSeconds(10)));
    // The bus delivered to the kitchen only; it never called the tracked projection.
    assertEquals(new HashSet<>(storedOrder(dataSource)), new HashSet<>(kitchen));
    assertEquals(List.of(), bus.deadLetters());
    bus.shutdown(Duration.ofSeconds(5));
  }

  private static void commit(
      EventBus bus, EventSourcedRepository<PizzaTab> tabs, String id, int cents) {
    try (UnitOfWork work = bus.unitOfWork()) {
      PizzaTab tab = work.register(tabs.load(id));
      tab.add("p" + cents, cents);
      work.commit(tabs.saving(tab));
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void aFailingEventIsRetriedThenParkedAndTheTrackerGoesOn(TestDatabase db) throws Exception {
    DataSource dataSource = db.newDataSource("replay-park");
    JdbcOutbox outbox = outbox(dataSource);
    EventSourcedRepository<PizzaTab> tabs = EventStoreTest.tabs(outbox);
    for (int cents : new int[] {1, 13, 2, 666, 3}) {
      add(tabs, "t-1", cents);
    }
    ProjectionTransaction tx = new ProjectionTransaction();
    List<String> seen = new CopyOnWriteArrayList<>();
    ProjectionTable.Handler sales = sales(tx, seen);
    Map<Integer, List<Integer>> attempts = new HashMap<>();
    ProjectionTable table =
        new ProjectionTable(
            SalesReport.class,
            (event, context) -> {
              int cents = ((TabEvent.PizzaAdded) event).cents();
              attempts.computeIfAbsent(cents, c -> new ArrayList<>()).add(context.attempt());
              // 13 fails twice, then succeeds; 666 always fails. Each writes before failing, which
              // the rollback must undo.
              sales.handle(event, context);
              if ((cents == 13 && context.attempt() < 3) || cents == 666) {
                throw new IllegalStateException("oven " + cents + " cold");
              }
            });
    ProjectionTracker tracker =
        outbox
            .projection("sales", table, SalesReport.class)
            .transaction(tx)
            .retryPolicy(RetryPolicy.of(3, Duration.ofMillis(1), Duration.ofMillis(5)))
            .build();

    assertEquals(4, tracker.catchUp());

    assertEquals(List.of(1, 2, 3), attempts.get(13));
    assertEquals(List.of(1, 2, 3), attempts.get(666));
    // Each taken event once (the failed attempts' writes were rolled back), 666 not at all.
    assertEquals(4, Fixtures.count(dataSource, "SELECT COUNT(*) FROM sales"));
    assertEquals(1, Fixtures.count(dataSource, "SELECT COUNT(*) FROM sales WHERE cents = 13"));
    assertEquals(0, Fixtures.count(dataSource, "SELECT COUNT(*) FROM sales WHERE cents = 666"));
    List<ProjectionDeadLetter> parked = tracker.deadLetters();
    assertEquals(1, parked.size());
    assertEquals("sales", parked.get(0).trackerId());
    assertEquals(3, parked.get(0).attempts());
    assertEquals("test.PizzaAdded", parked.get(0).typeName());
    assertTrue(parked.get(0).failure().contains("oven 666 cold"), parked.get(0).failure());
    assertEquals(tabs.history("t-1").get(3).eventId(), parked.get(0).eventId());
    assertEquals(
        Fixtures.count(dataSource, "SELECT MAX(stored_order) FROM herald_events"),
        tracker.position());
    tracker.close();
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void withoutATransactionEffectsPrecedeThePositionAndAFailureIsRetried(TestDatabase db)
      throws Exception {
    DataSource dataSource = db.newDataSource("replay-outside");
    JdbcOutbox outbox = outbox(dataSource);
    EventSourcedRepository<PizzaTab> tabs = EventStoreTest.tabs(outbox);
    for (int cents : new int[] {1, 2, 13, 3}) {
      add(tabs, "t-" + cents % 2, cents);
    }
    List<String> seen = new CopyOnWriteArrayList<>();
    List<Integer> attemptsOf13 = new CopyOnWriteArrayList<>();
    ProjectionTable table =
        new ProjectionTable(
            SalesReport.class,
            (event, context) -> {
              if (((TabEvent.PizzaAdded) event).cents() == 13) {
                attemptsOf13.add(context.attempt());
                if (context.attempt() < 2) {
                  throw new IllegalStateException("oven cold");
                }
              }
              seen.add(context.eventId().toString());
            });
    ProjectionTracker tracker =
        outbox
            .projection("outside", table, SalesReport.class)
            .retryPolicy(RetryPolicy.of(3, Duration.ofMillis(1), Duration.ofMillis(5)))
            .build();

    assertEquals(4, tracker.catchUp());

    // The events before the failing one were not called again: their effects stood.
    assertEquals(storedOrder(dataSource), seen);
    assertEquals(List.of(1, 2), attemptsOf13);
    assertEquals(
        Fixtures.count(dataSource, "SELECT MAX(stored_order) FROM herald_events"),
        tracker.position());
    assertEquals(List.of(), tracker.deadLetters());
    tracker.close();
  }
}
