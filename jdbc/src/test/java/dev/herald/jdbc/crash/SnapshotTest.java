package dev.herald.jdbc.crash;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.jdbc.support.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Copies the files of the embedded database at random instants while a service commits from several
 * threads, and checks every copy: only whole transactions, and counts that agree. The service is
 * frozen (SIGSTOP) while its files are copied, so each copy is exactly what a kill -9 at that
 * instant would leave; a kill alone rarely lands in the short window where a database could tear a
 * transaction (H2 as a file database did, in 14 of 750 such copies; it is refused now).
 */
class SnapshotTest {

  private static final int SNAPSHOTS = Integer.getInteger("herald.snapshots", 60);
  private static final List<String> FILES = List.of("herald.db", "herald.db-wal", "herald.db-shm");

  /** What must hold in every copy; each query counts violations. */
  private static final Map<String, String> INVARIANTS = new LinkedHashMap<>();

  // Set differences (EXCEPT) rather than correlated subqueries: the copies hold thousands of rows.
  static {
    INVARIANTS.put(
        "orders without their event",
        "SELECT COUNT(*) FROM (SELECT id FROM orders EXCEPT SELECT aggregate_id FROM"
            + " herald_events)");
    INVARIANTS.put(
        "events without their order",
        "SELECT COUNT(*) FROM (SELECT aggregate_id FROM herald_events EXCEPT SELECT id FROM"
            + " orders)");
    INVARIANTS.put(
        "events of rolled-back transactions",
        "SELECT COUNT(*) FROM herald_events WHERE aggregate_id LIKE 'rb-%'");
    INVARIANTS.put(
        "events without all their deliveries",
        "SELECT COUNT(*) FROM (SELECT event_id FROM herald_events EXCEPT SELECT event_id FROM"
            + " herald_deliveries GROUP BY event_id HAVING COUNT(*) = "
            + CrashService.HANDLERS.size()
            + ")");
    INVARIANTS.put(
        "deliveries without their event",
        "SELECT COUNT(*) FROM (SELECT event_id FROM herald_deliveries EXCEPT"
            + " SELECT event_id FROM herald_events)");
    INVARIANTS.put(
        "handler effects without their inbox marker",
        "SELECT COUNT(*) FROM (SELECT handler, event_id FROM effects EXCEPT"
            + " SELECT handler_id, event_id FROM herald_inbox)");
    INVARIANTS.put(
        "inbox markers without their effect",
        "SELECT COUNT(*) FROM (SELECT handler_id, event_id FROM herald_inbox EXCEPT"
            + " SELECT handler, event_id FROM effects)");
    INVARIANTS.put(
        "COUNT(*) of orders differs from the rows read",
        "SELECT (SELECT COUNT(*) FROM orders) - (SELECT COUNT(pizzas) FROM orders)");
    INVARIANTS.put(
        "COUNT(*) of events differs from the rows read",
        "SELECT (SELECT COUNT(*) FROM herald_events) - (SELECT COUNT(payload) FROM herald_events)");
    INVARIANTS.put(
        "orders and events counted differently",
        "SELECT (SELECT COUNT(*) FROM orders) - (SELECT COUNT(*) FROM herald_events)");
    INVARIANTS.put(
        "deliveries counted differently from events",
        "SELECT (SELECT COUNT(*) FROM herald_deliveries) - "
            + CrashService.HANDLERS.size()
            + " * (SELECT COUNT(*) FROM herald_events)");
  }

  @Test
  void everyCopyOfSqliteTakenWhileThreadsCommitHoldsOnlyWholeTransactions() throws Exception {
    Path dir = Files.createTempDirectory(ServiceProcess.WORK, "snapshots-");
    Path live = Files.createDirectories(dir.resolve("live"));
    // NORMAL, the weaker of the two levels herald-jdbc allows: a process crash must not tear it.
    String url = TestDatabase.sqliteUrl(live.resolve(FILES.get(0)), "NORMAL");
    ServiceProcess service = ServiceProcess.start(url, "run", "snap");
    List<Path> copies = new ArrayList<>();
    Random random = new Random();
    try {
      assertTrue(service.awaitReady(60), "service did not start\n" + service.log());
      Thread.sleep(300);
      for (int i = 0; i < SNAPSHOTS; i++) {
        Thread.sleep(20 + random.nextInt(180));
        copies.add(freezeAndCopy(service, live, dir.resolve("copy-" + i)));
      }
      assertTrue(service.process.isAlive(), "the service died\n" + service.log());
    } finally {
      service.process.destroyForcibly();
      service.process.waitFor(30, TimeUnit.SECONDS);
    }

    List<String> failures = new ArrayList<>();
    List<Long> reopenMicros = new ArrayList<>();
    long withWal = 0;
    long firstOrders = -1;
    long lastOrders = -1;
    for (Path copy : copies) {
      if (Files.exists(copy.resolve(FILES.get(1))) && Files.size(copy.resolve(FILES.get(1))) > 0) {
        withWal++;
      }
      long orders = check(copy, failures, reopenMicros);
      firstOrders = firstOrders < 0 ? orders : firstOrders;
      lastOrders = orders;
    }
    Collections.sort(reopenMicros);
    System.out.printf(
        "[snapshots SQLite WAL NORMAL] copies=%d (with a non-empty WAL: %d), orders in the first"
            + " %d, in the last %d, violations=%d, reopen (first query, WAL recovery) median=%.1f"
            + " ms max=%.1f ms%n",
        copies.size(),
        withWal,
        firstOrders,
        lastOrders,
        failures.size(),
        reopenMicros.get(reopenMicros.size() / 2) / 1000.0,
        reopenMicros.get(reopenMicros.size() - 1) / 1000.0);
    assertEquals(List.of(), failures);
    assertEquals(SNAPSHOTS, copies.size());
    assertTrue(lastOrders > firstOrders, "the service committed nothing between the copies");
    assertTrue(withWal > 0, "no copy caught transactions still in the WAL");
  }

  /** Freezes the service, copies its database files as they are, and lets it go on. */
  private static Path freezeAndCopy(ServiceProcess service, Path live, Path copy) throws Exception {
    Files.createDirectories(copy);
    signal(service.pid(), "STOP");
    try {
      for (String file : FILES) {
        Path from = live.resolve(file);
        if (Files.exists(from)) {
          Files.copy(from, copy.resolve(file));
        }
      }
    } finally {
      signal(service.pid(), "CONT");
    }
    return copy;
  }

  private static void signal(long pid, String signal) throws Exception {
    Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).start();
    assertTrue(kill.waitFor(10, TimeUnit.SECONDS) && kill.exitValue() == 0, "kill -" + signal);
  }

  /** Opens a copy as a restarted process would and checks it; returns its order count. */
  private static long check(Path copy, List<String> failures, List<Long> reopenMicros)
      throws SQLException {
    String url = TestDatabase.sqliteUrl(copy.resolve(FILES.get(0)), "NORMAL");
    long opening = System.nanoTime();
    try (Connection connection = DriverManager.getConnection(url);
        Statement statement = connection.createStatement()) {
      // The first read after a crash recovers the WAL: what a restart waits for.
      single(statement, "SELECT COUNT(*) FROM herald_events");
      reopenMicros.add((System.nanoTime() - opening) / 1000);
      String integrity = single(statement, "PRAGMA integrity_check");
      if (!"ok".equals(integrity)) {
        failures.add(copy.getFileName() + ": integrity_check says " + integrity);
      }
      for (Map.Entry<String, String> invariant : INVARIANTS.entrySet()) {
        long violations = Long.parseLong(single(statement, invariant.getValue()));
        if (violations != 0) {
          failures.add(copy.getFileName() + ": " + invariant.getKey() + " = " + violations);
        }
      }
      return Long.parseLong(single(statement, "SELECT COUNT(*) FROM orders"));
    }
  }

  private static String single(Statement statement, String sql) throws SQLException {
    try (ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getString(1);
    }
  }
}
