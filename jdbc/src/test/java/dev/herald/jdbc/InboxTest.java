package dev.herald.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.jdbc.support.Fixtures;
import dev.herald.jdbc.support.TestDatabase;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The inbox makes a handler's database side effects exactly-once. */
class InboxTest {

  private Inbox inbox(DataSource dataSource) throws Exception {
    JdbcOutbox outbox = Fixtures.outbox(dataSource).build();
    outbox.createSchema();
    Fixtures.createOrdersTable(dataSource);
    return outbox.inbox();
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void secondDeliveryOfTheSameEventIsSkipped(TestDatabase db) throws Exception {
    DataSource dataSource = db.newDataSource("inbox");
    Inbox inbox = inbox(dataSource);
    UUID eventId = UUID.randomUUID();

    boolean first = inbox.once("kitchen", eventId, c -> Fixtures.insertOrder(c, "ticket-1", 1));
    boolean second = inbox.once("kitchen", eventId, c -> Fixtures.insertOrder(c, "ticket-1", 1));
    boolean otherHandler =
        inbox.once("analytics", eventId, c -> Fixtures.insertOrder(c, "sale-1", 1));

    assertTrue(first);
    assertFalse(second);
    assertTrue(otherHandler);
    assertTrue(inbox.processed("kitchen", eventId));
    assertEquals(2, Fixtures.count(dataSource, "SELECT COUNT(*) FROM orders"));
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void failedWorkLeavesNoMarkSoTheRedeliveryRunsIt(TestDatabase db) throws Exception {
    DataSource dataSource = db.newDataSource("inboxfail");
    Inbox inbox = inbox(dataSource);
    UUID eventId = UUID.randomUUID();

    assertThrows(
        IllegalStateException.class,
        () ->
            inbox.once(
                "kitchen",
                eventId,
                c -> {
                  Fixtures.insertOrder(c, "ticket-1", 1);
                  throw new IllegalStateException("oven on fire");
                }));
    assertFalse(inbox.processed("kitchen", eventId));
    assertEquals(0, Fixtures.count(dataSource, "SELECT COUNT(*) FROM orders"));

    assertTrue(inbox.once("kitchen", eventId, c -> Fixtures.insertOrder(c, "ticket-1", 1)));
    assertEquals(1, Fixtures.count(dataSource, "SELECT COUNT(*) FROM orders"));
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void callerManagedTransactionKeepsWorkingAfterADuplicate(TestDatabase db) throws Exception {
    DataSource dataSource = db.newDataSource("inboxtx");
    Inbox inbox = inbox(dataSource);
    UUID eventId = UUID.randomUUID();
    inbox.once("kitchen", eventId, c -> Fixtures.insertOrder(c, "ticket-1", 1));

    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      boolean ran =
          inbox.once(connection, "kitchen", eventId, c -> Fixtures.insertOrder(c, "x", 1));
      // On PostgreSQL a failed INSERT would poison the transaction; this write must still work.
      Fixtures.insertOrder(connection, "after-duplicate", 1);
      connection.commit();
      assertFalse(ran);
    }
    assertEquals(2, Fixtures.count(dataSource, "SELECT COUNT(*) FROM orders"));
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void refusesAConnectionInAutoCommitMode(TestDatabase db) throws Exception {
    DataSource dataSource = db.newDataSource("inboxauto");
    Inbox inbox = inbox(dataSource);
    try (Connection connection = dataSource.getConnection()) {
      IllegalStateException thrown =
          assertThrows(
              IllegalStateException.class,
              () -> inbox.once(connection, "kitchen", UUID.randomUUID(), c -> {}));
      assertTrue(thrown.getMessage().contains("setAutoCommit(false)"), thrown.getMessage());
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void concurrentDuplicatesRunTheWorkOnce(TestDatabase db) throws Exception {
    DataSource dataSource = db.newDataSource("inboxrace");
    Inbox inbox = inbox(dataSource);
    Fixtures.execute(dataSource, "CREATE TABLE effects (n INT)");
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      for (int round = 0; round < 20; round++) {
        UUID eventId = UUID.randomUUID();
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> runs = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
          Callable<Boolean> once =
              () -> {
                start.await();
                return inbox.once(
                    "kitchen",
                    eventId,
                    c -> {
                      try (var s = c.createStatement()) {
                        s.executeUpdate("INSERT INTO effects VALUES (1)");
                      }
                    });
              };
          runs.add(pool.submit(once));
        }
        start.countDown();
        int ran = 0;
        for (Future<Boolean> run : runs) {
          try {
            ran += run.get() ? 1 : 0;
          } catch (java.util.concurrent.ExecutionException e) {
            // H2 may report a lock timeout or duplicate to a racing duplicate: it did not run.
          }
        }
        assertEquals(1, ran, "round " + round);
      }
      assertEquals(20, Fixtures.count(dataSource, "SELECT COUNT(*) FROM effects"));
    } finally {
      pool.shutdownNow();
    }
  }
}
