package dev.herald.jdbc.crash;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.jdbc.EventSourcedRepository;
import dev.herald.jdbc.JdbcOutbox;
import dev.herald.jdbc.support.Fixtures;
import dev.herald.jdbc.support.PizzaTab;
import dev.herald.jdbc.support.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Kills a projection tracker with SIGKILL while it catches up over stored history and follows new
 * appends, restarts it, drains at the end and checks: every stored event was projected exactly
 * once, each aggregate's events in sequence order, and the position is at the last event.
 */
class ReplayCrashTest {

  private static final int KILLS = Integer.getInteger("herald.replay.kills", 10);
  private static final int HISTORY = Integer.getInteger("herald.replay.history", 5_000);

  @Test
  void postgresqlReplaySurvivesKillNine() throws Exception {
    String url = TestDatabase.POSTGRESQL.newUrl("replay-crash");
    crashAndVerify("PostgreSQL", url);
  }

  @Test
  void sqliteReplaySurvivesKillNine() throws Exception {
    Path file = Files.createTempDirectory(ServiceProcess.WORK, "replay-").resolve("herald.db");
    crashAndVerify("SQLite WAL", TestDatabase.sqliteUrl(file, "FULL"));
  }

  private void crashAndVerify(String name, String url) throws Exception {
    DataSource dataSource = TestDatabase.dataSource(url);
    JdbcOutbox outbox = Fixtures.outbox(dataSource).nodeId("filler").build();
    outbox.createSchema();
    ReplayService.createTables(dataSource);
    EventSourcedRepository<PizzaTab> tabs =
        outbox.eventStore().repository(PizzaTab.class, PizzaTab::new).build();
    // History the first children are killed in the middle of replaying.
    ReplayService.append(tabs, "history-", HISTORY, 200);

    Random random = new Random();
    int kills = 0;
    long appendedByChildren = 0;
    long positionsAtKills = 0;
    for (int run = 1; run <= KILLS; run++) {
      ServiceProcess child = ServiceProcess.start(ReplayService.class, url, "run", "r" + run);
      assertTrue(child.awaitReady(60), name + ": child " + run + " did not start\n" + child.log());
      // Killed while its tracker projects: once it applied its first batch, within 0.5 s.
      long before = Fixtures.count(dataSource, "SELECT COUNT(*) FROM projected");
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (Fixtures.count(dataSource, "SELECT COUNT(*) FROM projected") == before
          && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      Thread.sleep(random.nextInt(500));
      child.process.destroyForcibly();
      child.process.waitFor(30, TimeUnit.SECONDS);
      kills++;
      appendedByChildren += child.progress.get().committed();
      positionsAtKills = Fixtures.count(dataSource, "SELECT COUNT(*) FROM projected");
      assertFalse(child.log().contains("FAILED "), name + ": child " + run + "\n" + child.log());
    }
    ServiceProcess drain = ServiceProcess.start(ReplayService.class, url, "drain", "drain");
    assertTrue(drain.process.waitFor(150, TimeUnit.SECONDS), name + ": drain did not finish");
    assertEquals(0, drain.process.exitValue(), name + ": drain failed\n" + drain.log());
    String drained =
        drain.log().lines().filter(l -> l.startsWith("DRAINED ")).findFirst().orElse("DRAINED ? ?");

    long events =
        Fixtures.count(
            dataSource, "SELECT COUNT(*) FROM herald_events WHERE type_name = 'test.PizzaAdded'");
    long projected = Fixtures.count(dataSource, "SELECT COUNT(*) FROM projected");
    long distinct =
        Fixtures.count(
            dataSource, "SELECT COUNT(*) FROM (SELECT DISTINCT event_id FROM projected) d");
    long lost =
        Fixtures.count(
            dataSource,
            "SELECT COUNT(*) FROM herald_events e WHERE NOT EXISTS (SELECT 1 FROM projected p"
                + " WHERE p.event_id = "
                + (Fixtures.isSqlite(dataSource)
                    ? "e.event_id"
                    : "CAST(e.event_id AS VARCHAR(100))")
                + ")");
    long outOfOrder = Fixtures.count(dataSource, "SELECT COUNT(*) FROM out_of_order");
    long position =
        Fixtures.count(
            dataSource,
            "SELECT position FROM herald_trackers WHERE tracker_id = '"
                + ReplayService.TRACKER
                + "'");
    long last = Fixtures.count(dataSource, "SELECT MAX(stored_order) FROM herald_events");
    System.out.printf(
        "[replay crash %s] kills=%d, history=%d, appended by the killed children>=%d, events=%d,"
            + " projected=%d (distinct %d), lost=%d, duplicates=%d, out of order=%d,"
            + " projected before the drain=%d, drain (events, ms)=%s%n",
        name,
        kills,
        HISTORY,
        appendedByChildren,
        events,
        projected,
        distinct,
        lost,
        projected - distinct,
        outOfOrder,
        positionsAtKills,
        drained.substring("DRAINED ".length()));

    assertEquals(KILLS, kills);
    assertTrue(events > HISTORY, "the children appended nothing");
    assertEquals(events, projected, "every stored event projected once");
    assertEquals(projected, distinct, "an event projected twice");
    assertEquals(0, lost, "a stored event never projected");
    assertEquals(0, outOfOrder, "an aggregate's events projected out of order");
    assertEquals(last, position, "the position is at the last event");
  }
}
