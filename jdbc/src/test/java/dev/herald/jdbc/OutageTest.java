package dev.herald.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.jdbc.support.CommitCutter;
import dev.herald.jdbc.support.Fixtures;
import dev.herald.jdbc.support.PizzaOrder;
import dev.herald.jdbc.support.PostgresServer;
import dev.herald.jdbc.support.TestDatabase;
import dev.herald.jdbc.support.TestHandlerTable;
import dev.herald.runtime.CommitFailedException;
import dev.herald.runtime.CommitOutcomeUnknownException;
import dev.herald.runtime.DeadLetter;
import dev.herald.runtime.EventBus;
import dev.herald.runtime.RetryPolicy;
import dev.herald.runtime.UnitOfWork;
import dev.herald.runtime.spi.DeliveryListener;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The database goes away: a COMMIT whose answer is lost, and a PostgreSQL stopped in immediate mode
 * mid-stream for longer than the whole retry schedule, then started again.
 */
class OutageTest {

  /** Five attempts, 100 ms doubling to 400 ms: the whole schedule is about 1.1 s. */
  private static final RetryPolicy RETRIES =
      RetryPolicy.of(5, Duration.ofMillis(100), Duration.ofMillis(400));

  private static final Duration OUTAGE = Duration.ofSeconds(6);
  private static final Duration LEASE = Duration.ofSeconds(2);

  @Test
  void anIoErrorDuringCommitIsAnUnknownOutcomeAndALandedCommitIsDeliveredOnce() throws Exception {
    PostgresServer server = PostgresServer.get();
    try (CommitCutter cutter = new CommitCutter(server.port(), "INSERT INTO orders")) {
      String url =
          server.createDatabase("cut").replace(":" + server.port() + "/", ":" + cutter.port() + "/")
              // COMMIT as text every time, so the cutter recognizes it.
              + "&prepareThreshold=0";
      DataSource dataSource = TestDatabase.dataSource(url);
      Fixtures.createOrdersTable(dataSource);
      JdbcOutbox outbox = Fixtures.outbox(dataSource).nodeId("cut").lease(LEASE).build();
      outbox.createSchema();
      Map<String, AtomicInteger> handled = new ConcurrentHashMap<>();
      EventBus bus =
          EventBus.builder(
                  List.of(
                      new TestHandlerTable(
                          Map.of(
                              "kitchen",
                              (event, context) ->
                                  handled
                                      .computeIfAbsent(event.orderId(), id -> new AtomicInteger())
                                      .incrementAndGet()))))
              .deliveryStore(outbox.deliveryStore())
              .retryPolicy(RETRIES)
              .build();
      OutboxRelay relay = outbox.relay(bus).pollInterval(Duration.ofMillis(100)).build().start();
      try {
        commit(bus, outbox, "o-1");

        cutter.cutNextCommit(CommitCutter.Cut.AFTER_THE_SERVER_COMMITTED);
        CommitOutcomeUnknownException landed =
            assertThrows(CommitOutcomeUnknownException.class, () -> commit(bus, outbox, "o-2"));
        cutter.cutNextCommit(CommitCutter.Cut.BEFORE_THE_SERVER_SAW_IT);
        CommitOutcomeUnknownException lost =
            assertThrows(CommitOutcomeUnknownException.class, () -> commit(bus, outbox, "o-3"));
        assertTrue(cutter.cutDone());
        assertTrue(landed.getMessage().contains("may have committed"), landed.getMessage());
        assertTrue(lost.getMessage().contains("may have committed"), lost.getMessage());

        // o-2 committed although its caller heard nothing: a relay delivers it after the lease.
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!handled.containsKey("o-2") && System.nanoTime() < deadline) {
          Thread.sleep(50);
        }
        assertTrue(bus.awaitIdle(Duration.ofSeconds(10)));
        outbox.flush();
      } finally {
        relay.close();
        bus.shutdown(Duration.ofSeconds(5));
        outbox.close();
      }
      assertEquals(Set.of("o-1", "o-2"), handled.keySet());
      assertEquals(1, handled.get("o-1").get());
      assertEquals(1, handled.get("o-2").get(), "the landed commit was delivered twice");
      assertEquals(
          2, Fixtures.count(dataSource, "SELECT COUNT(*) FROM orders WHERE id IN ('o-1', 'o-2')"));
      assertEquals(0, Fixtures.count(dataSource, "SELECT COUNT(*) FROM orders WHERE id = 'o-3'"));
      assertEquals(
          0,
          Fixtures.count(
              dataSource, "SELECT COUNT(*) FROM herald_deliveries WHERE status <> 'DONE'"));
    }
  }

  /**
   * The delivery engine treats a {@link dev.herald.runtime.spi.DeliveryStore} call that throws as
   * the store being unavailable: the attempt is not counted and the same step is tried again with a
   * capped back-off, so no delivery in flight during the outage is dead-lettered for it.
   */
  @Test
  void aPostgresOutageLongerThanTheRetryScheduleIsSurvived() throws Exception {
    PostgresServer server = PostgresServer.startDedicated();
    DataSource dataSource = TestDatabase.dataSource(server.createDatabase("outage"));
    Fixtures.createOrdersTable(dataSource);
    Fixtures.execute(
        dataSource,
        "CREATE TABLE effects (handler VARCHAR(50) NOT NULL, event_id UUID NOT NULL,"
            + " order_id VARCHAR(100) NOT NULL)");
    JdbcOutbox outbox = Fixtures.outbox(dataSource).nodeId("outage").lease(LEASE).build();
    outbox.createSchema();
    Inbox inbox = outbox.inbox();
    Map<UUID, AtomicInteger> audited = new ConcurrentHashMap<>();
    List<DeadLetter> deadLettered = new CopyOnWriteArrayList<>();
    EventBus bus =
        EventBus.builder(
                List.of(
                    new TestHandlerTable(
                        Map.of(
                            "kitchen",
                            (event, context) ->
                                inbox.once(
                                    "kitchen",
                                    context.eventId(),
                                    c -> insertEffect(c, context.eventId(), event.orderId())),
                            "audit",
                            (event, context) ->
                                audited
                                    .computeIfAbsent(context.eventId(), id -> new AtomicInteger())
                                    .incrementAndGet()))))
            .deliveryStore(outbox.deliveryStore())
            .retryPolicy(RETRIES)
            .listener(
                new DeliveryListener() {
                  @Override
                  public void deadLettered(DeadLetter deadLetter) {
                    deadLettered.add(deadLetter);
                  }
                })
            .build();
    OutboxRelay relay = outbox.relay(bus).pollInterval(Duration.ofMillis(200)).build().start();

    Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    Set<String> refused = ConcurrentHashMap.newKeySet();
    Set<String> unknown = ConcurrentHashMap.newKeySet();
    List<Throwable> unexpected = new CopyOnWriteArrayList<>();
    AtomicBoolean committing = new AtomicBoolean(true);
    List<Thread> committers = new ArrayList<>();
    for (int t = 0; t < 2; t++) {
      String prefix = "o-" + t + "-";
      Thread committer =
          new Thread(
              () -> {
                for (int i = 0; committing.get(); i++) {
                  String id = prefix + i;
                  try {
                    commit(bus, outbox, id);
                    acknowledged.add(id);
                  } catch (CommitFailedException e) {
                    refused.add(id);
                    if (!e.getMessage().contains("unavailable")
                        || !e.getMessage().contains("nothing was committed")) {
                      unexpected.add(e);
                    }
                  } catch (CommitOutcomeUnknownException e) {
                    unknown.add(id);
                  } catch (RuntimeException e) {
                    unexpected.add(e);
                  }
                  sleep(5);
                }
              },
              "committer-" + t);
      committers.add(committer);
      committer.start();
    }
    long start = System.nanoTime();
    List<String> timeline = new ArrayList<>();
    Thread.sleep(1500);
    timeline.add(at(start) + " stop -m immediate, " + acknowledged.size() + " commits so far");
    server.stopImmediately();
    Thread.sleep(OUTAGE.toMillis());
    timeline.add(
        at(start)
            + " start again after "
            + OUTAGE.toSeconds()
            + " s, commits refused meanwhile: "
            + refused.size()
            + ", unknown: "
            + unknown.size());
    server.startAgain();
    int acknowledgedAtRestart = acknowledged.size();
    Thread.sleep(2000);
    committing.set(false);
    for (Thread committer : committers) {
      committer.join();
    }
    timeline.add(at(start) + " committers stopped, " + acknowledged.size() + " acknowledged");
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (notDone(dataSource) > 0 && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
    assertTrue(bus.awaitIdle(Duration.ofSeconds(30)));
    timeline.add(at(start) + " every delivery DONE");
    Set<String> threads = new HashSet<>();
    Thread.getAllStackTraces().keySet().forEach(thread -> threads.add(thread.getName()));
    boolean relayAlive = threads.contains("herald-relay-outage");
    boolean marksAlive = threads.contains("herald-done-marks-outage");
    relay.close();
    bus.shutdown(Duration.ofSeconds(5));
    outbox.close();

    Set<String> stored = strings(dataSource, "SELECT aggregate_id FROM herald_events");
    List<String> eventIds =
        new ArrayList<>(strings(dataSource, "SELECT event_id FROM herald_events"));
    long kitchenTwice =
        Fixtures.count(
            dataSource,
            "SELECT COUNT(*) FROM (SELECT event_id FROM effects GROUP BY event_id"
                + " HAVING COUNT(*) > 1) d");
    long kitchenMissed =
        Fixtures.count(
            dataSource,
            "SELECT COUNT(*) FROM herald_events e WHERE NOT EXISTS"
                + " (SELECT 1 FROM effects f WHERE f.event_id = e.event_id)");
    long auditMissed =
        eventIds.stream().filter(id -> !audited.containsKey(UUID.fromString(id))).count();
    long auditTwice = audited.values().stream().filter(n -> n.get() > 1).count();
    Set<String> unknownLanded = new HashSet<>(unknown);
    unknownLanded.retainAll(stored);
    System.out.printf(
        "[outage PostgreSQL] %s; acknowledged=%d (after the restart: %d), refused=%d,"
            + " unknown=%d (landed: %d), stored=%d, kitchen (inbox) missed=%d twice=%d,"
            + " audit (no inbox) missed=%d seen twice=%d, dead-lettered=%d, relay alive=%s,"
            + " DONE-marks writer alive=%s%n",
        String.join("; ", timeline),
        acknowledged.size(),
        acknowledged.size() - acknowledgedAtRestart,
        refused.size(),
        unknown.size(),
        unknownLanded.size(),
        stored.size(),
        kitchenMissed,
        kitchenTwice,
        auditMissed,
        auditTwice,
        deadLettered.size(),
        relayAlive,
        marksAlive);

    assertEquals(List.of(), unexpected, "commits that failed without saying why");
    assertTrue(refused.size() > 0, "no commit was attempted during the outage");
    assertTrue(acknowledged.size() > acknowledgedAtRestart, "nothing committed after the restart");
    assertTrue(stored.containsAll(acknowledged), "acknowledged commits lost");
    Set<String> refusedButStored = new HashSet<>(refused);
    refusedButStored.retainAll(stored);
    assertEquals(Set.of(), refusedButStored, "commits reported as not committed were stored");
    Set<String> unaccounted = new HashSet<>(stored);
    unaccounted.removeAll(acknowledged);
    unaccounted.removeAll(unknown);
    assertEquals(Set.of(), unaccounted, "stored events nobody committed");
    assertEquals(List.of(), deadLettered, "deliveries dead-lettered because the store was down");
    assertEquals(0, notDone(dataSource), "deliveries not done");
    assertEquals(0, kitchenMissed, "events the inbox handler never saw");
    assertEquals(0, kitchenTwice, "inbox effects applied twice");
    assertEquals(0, auditMissed, "events a handler never saw");
    assertTrue(relayAlive, "the relay's thread died");
    assertTrue(marksAlive, "the DONE marks' writer died");
  }

  private static void commit(EventBus bus, JdbcOutbox outbox, String orderId) {
    try (UnitOfWork work = bus.unitOfWork()) {
      work.register(new PizzaOrder(orderId).place(1));
      work.commit(outbox.transactional(c -> Fixtures.insertOrder(c, orderId, 1)));
    }
  }

  private static void insertEffect(Connection connection, UUID eventId, String orderId)
      throws Exception {
    try (PreparedStatement insert =
        connection.prepareStatement("INSERT INTO effects VALUES ('kitchen', ?, ?)")) {
      insert.setObject(1, eventId);
      insert.setString(2, orderId);
      insert.executeUpdate();
    }
  }

  private static long notDone(DataSource dataSource) {
    try {
      return Fixtures.count(
          dataSource, "SELECT COUNT(*) FROM herald_deliveries WHERE status <> 'DONE'");
    } catch (Exception e) {
      return Long.MAX_VALUE;
    }
  }

  private static Set<String> strings(DataSource dataSource, String sql) throws Exception {
    Set<String> values = new HashSet<>();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement(sql);
        ResultSet rows = select.executeQuery()) {
      while (rows.next()) {
        values.add(rows.getString(1));
      }
    }
    return values;
  }

  private static String at(long start) {
    return String.format("t=%.1fs", (System.nanoTime() - start) / 1e9);
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
