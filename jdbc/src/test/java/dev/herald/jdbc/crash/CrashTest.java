package dev.herald.jdbc.crash;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.jdbc.support.Fixtures;
import dev.herald.jdbc.support.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Kills a service that commits orders and delivers them through the outbox with SIGKILL at random
 * points, restarts it, drains at the end and checks: every committed event reached every handler,
 * no rolled-back event reached any, and no handler side effect was applied twice.
 */
class CrashTest {

  private static final int KILLS = Integer.getInteger("herald.crash.kills", 50);

  @Test
  void postgresqlSurvivesKillNine() throws Exception {
    String url = TestDatabase.POSTGRESQL.newUrl("crash");
    crashAndVerify("PostgreSQL", url, url);
  }

  @Test
  void sqliteSurvivesKillNine() throws Exception {
    Path file = Files.createTempDirectory(ServiceProcess.WORK, "sqlite-").resolve("herald.db");
    // FULL, as herald-jdbc's README advises; a kill -9 is survived by NORMAL as well.
    String url = TestDatabase.sqliteUrl(file, "FULL");
    crashAndVerify("SQLite WAL", url, url);
  }

  private void crashAndVerify(String name, String url, String verifyUrl) throws Exception {
    Random random = new Random();
    ServiceProcess.Progress total = ServiceProcess.Progress.NONE;
    int kills = 0;
    List<Long> reopenMillis = new ArrayList<>();
    for (int run = 1; run <= KILLS; run++) {
      ServiceProcess child = ServiceProcess.start(url, "run", "r" + run);
      assertTrue(child.awaitReady(60), name + ": child " + run + " did not start\n" + child.log());
      // Killed while commits flow: after its first commit (on a loaded machine a JVM may need
      // seconds to get there), at a random point within the next 0.8 s.
      child.awaitFirstCommit(20);
      Thread.sleep(random.nextInt(800));
      child.process.destroyForcibly();
      child.process.waitFor(30, TimeUnit.SECONDS);
      kills++;
      total = total.plus(child.progress.get());
      reopenMillis.add(child.openedMillis);
      assertFalse(child.log().contains("FAILED "), name + ": child " + run + "\n" + child.log());
    }
    Collections.sort(reopenMillis);
    ServiceProcess drain = ServiceProcess.start(url, "drain", "drain");
    assertTrue(drain.process.waitFor(150, TimeUnit.SECONDS), name + ": drain did not finish");
    assertEquals(0, drain.process.exitValue(), name + ": drain failed\n" + drain.log());
    total = total.plus(drain.progress.get());

    DataSource dataSource = TestDatabase.dataSource(verifyUrl);
    long events = Fixtures.count(dataSource, "SELECT COUNT(*) FROM herald_events");
    long orders = Fixtures.count(dataSource, "SELECT COUNT(*) FROM orders");
    long ordersWithoutEvent =
        Fixtures.count(
            dataSource,
            "SELECT COUNT(*) FROM orders o WHERE NOT EXISTS"
                + " (SELECT 1 FROM herald_events e WHERE e.aggregate_id = o.id)");
    long rolledBackDelivered =
        Fixtures.count(
            dataSource,
            "SELECT COUNT(*) FROM effects f WHERE f.order_id LIKE 'rb-%' OR NOT EXISTS (SELECT 1"
                + " FROM orders o WHERE o.id = f.order_id)");
    long rolledBackStored =
        Fixtures.count(
            dataSource, "SELECT COUNT(*) FROM herald_events WHERE aggregate_id LIKE 'rb-%'");
    long notDone =
        Fixtures.count(dataSource, "SELECT COUNT(*) FROM herald_deliveries WHERE status <> 'DONE'");
    long lost = 0;
    for (String handler : CrashService.HANDLERS) {
      lost +=
          Fixtures.count(
              dataSource,
              "SELECT COUNT(*) FROM herald_events e WHERE NOT EXISTS"
                  + " (SELECT 1 FROM effects f WHERE f.event_id = e.event_id AND f.handler = '"
                  + handler
                  + "')");
    }
    long delivered =
        Fixtures.count(
            dataSource, "SELECT COUNT(*) FROM (SELECT DISTINCT handler, event_id FROM effects) d");
    long duplicates =
        Fixtures.count(
            dataSource,
            "SELECT COUNT(*) FROM (SELECT handler, event_id"
                + " FROM effects GROUP BY handler, event_id HAVING COUNT(*) > 1) d");

    long restarted =
        Fixtures.count(
            dataSource,
            "SELECT COUNT(*) FROM (SELECT handler, event_id"
                + " FROM handler_starts GROUP BY handler, event_id HAVING COUNT(*) > 1) d");
    System.out.printf(
        "[crash %s] kills=%d, events committed=%d (orders %d; commits the children"
            + " reported before dying: %d), rolled back>=%d,"
            + " deliveries expected=%d, delivered=%d, lost=%d, duplicate effects=%d,"
            + " recovered by relay=%d, redeliveries skipped by inbox=%d,"
            + " deliveries whose handler call was interrupted and run again=%d,"
            + " recovered twice by one process=%d,"
            + " reopen after a kill (ms) median=%d max=%d%n",
        name,
        kills,
        events,
        orders,
        total.committed(),
        total.rolledBack(),
        events * CrashService.HANDLERS.size(),
        delivered,
        lost,
        duplicates,
        total.recovered(),
        total.skipped(),
        restarted,
        total.handedTwice(),
        reopenMillis.get(reopenMillis.size() / 2),
        reopenMillis.get(reopenMillis.size() - 1));

    assertEquals(KILLS, kills, "kills");
    assertEquals(0, total.handedTwice(), "a relay took back a delivery its own process held");
    assertTrue(events > 0, "nothing was committed");
    assertEquals(orders, events, "one event per committed order");
    assertTrue(events >= total.committed(), "commits acknowledged to the service were lost");
    assertEquals(0, ordersWithoutEvent, "committed orders without their event");
    assertEquals(0, rolledBackStored, "events of rolled-back transactions stored");
    assertEquals(0, rolledBackDelivered, "events of rolled-back transactions delivered");
    assertEquals(0, notDone, "deliveries not done after the drain");
    assertEquals(0, lost, "committed events a handler never saw");
    assertEquals(events * CrashService.HANDLERS.size(), delivered);
    assertEquals(0, duplicates, "side effects applied twice");
    assertTrue(total.recovered() > 0, "no kill landed between a commit and its delivery");
  }
}
