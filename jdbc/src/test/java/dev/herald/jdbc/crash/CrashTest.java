package dev.herald.jdbc.crash;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.jdbc.support.Fixtures;
import dev.herald.jdbc.support.TestDatabase;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Kills a service that commits orders and delivers them through the outbox with SIGKILL at random
 * points, restarts it, drains at the end and checks: every committed event reached every handler,
 * no rolled-back event reached any, and no handler side effect was applied twice.
 */
class CrashTest {

  private static final int KILLS = Integer.getInteger("herald.crash.kills", 20);

  /** Counters the child last reported before it died. */
  private record Progress(
      long committed, long rolledBack, long recovered, long skipped, long handedTwice) {
    static final Progress NONE = new Progress(0, 0, 0, 0, 0);

    Progress plus(Progress other) {
      return new Progress(
          committed + other.committed,
          rolledBack + other.rolledBack,
          recovered + other.recovered,
          skipped + other.skipped,
          handedTwice + other.handedTwice);
    }
  }

  @Test
  void postgresqlSurvivesKillNine() throws Exception {
    String url = TestDatabase.POSTGRESQL.newUrl("crash");
    crashAndVerify("PostgreSQL", url, url);
  }

  @Test
  void h2FileSurvivesKillNine() throws Exception {
    Path file = Files.createTempDirectory(WORK, "h2-").resolve("herald");
    // One process at a time owns the file; a killed one leaves no live lock holder behind.
    String url = "jdbc:h2:file:" + file + ";FILE_LOCK=NO;WRITE_DELAY=0";
    crashAndVerify("H2 file", url, url);
  }

  private void crashAndVerify(String name, String url, String verifyUrl) throws Exception {
    Random random = new Random();
    Progress total = Progress.NONE;
    int kills = 0;
    for (int run = 1; run <= KILLS; run++) {
      Child child = Child.start(url, "run", "r" + run);
      assertTrue(child.awaitReady(60), name + ": child " + run + " did not start\n" + child.log());
      Thread.sleep(100 + random.nextInt(900));
      child.process.destroyForcibly();
      child.process.waitFor(30, TimeUnit.SECONDS);
      kills++;
      total = total.plus(child.progress.get());
    }
    Child drain = Child.start(url, "drain", "drain");
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
            + " recovered twice by one process=%d%n",
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
        total.handedTwice());

    assertTrue(kills >= 20, "kills");
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

  /**
   * Where the children's class path copy, H2 files and logs live: outside {@code target/}, which a
   * concurrent {@code mvn clean} elsewhere in the reactor may delete; removed when the JVM exits.
   */
  private static final Path WORK = createWorkDirectory();

  private static Path createWorkDirectory() {
    try {
      Path work = Files.createTempDirectory("herald-crash-");
      Runtime.getRuntime()
          .addShutdownHook(new Thread(() -> deleteRecursively(work), "crash-cleanup"));
      return work;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void deleteRecursively(Path root) {
    try (var walk = Files.walk(root)) {
      walk.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (java.io.IOException e) {
      System.err.println("Could not delete " + root + ": " + e.getMessage());
    }
  }

  /**
   * The test class path with its directories copied once: sibling modules' classes directories may
   * be recompiled by another build while the children restart, and a child must not start against a
   * half-written one.
   */
  private static final String CLASSPATH = snapshotClasspath();

  private static String snapshotClasspath() {
    try {
      Path copies = Files.createDirectories(WORK.resolve("classpath"));
      List<String> entries = new ArrayList<>();
      int n = 0;
      for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
        Path source = Paths.get(entry);
        if (!Files.isDirectory(source)) {
          entries.add(entry);
          continue;
        }
        Path copy = copies.resolve(String.valueOf(n++));
        try (var walk = Files.walk(source)) {
          for (Path from : (Iterable<Path>) walk::iterator) {
            Path to = copy.resolve(source.relativize(from).toString());
            if (Files.isDirectory(from)) {
              Files.createDirectories(to);
            } else {
              Files.copy(from, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
          }
        }
        entries.add(copy.toString());
      }
      return String.join(File.pathSeparator, entries);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("Could not copy the test class path", e);
    }
  }

  /** One child JVM running {@link CrashService}, with its stdout followed. */
  private static final class Child {
    final Process process;
    final AtomicReference<Progress> progress = new AtomicReference<>(Progress.NONE);
    final CountDownLatch ready = new CountDownLatch(1);
    final List<String> lines = new ArrayList<>();
    final File errors;

    private Child(Process process, File errors) {
      this.process = process;
      this.errors = errors;
    }

    static Child start(String url, String mode, String runId) throws Exception {
      String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
      File errors = Files.createTempFile(WORK, "child-" + runId, ".err").toFile();
      Process process =
          new ProcessBuilder(
                  java,
                  "-Xmx256m",
                  "-XX:TieredStopAtLevel=1",
                  "-Dorg.slf4j.simpleLogger.defaultLogLevel=error",
                  "-cp",
                  CLASSPATH,
                  CrashService.class.getName(),
                  url,
                  mode,
                  runId)
              .redirectError(errors)
              .start();
      Child child = new Child(process, errors);
      Thread reader = new Thread(child::follow, "crash-child-" + runId);
      reader.setDaemon(true);
      reader.start();
      return child;
    }

    private void follow() {
      try (BufferedReader out =
          new BufferedReader(
              new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
        String line;
        while ((line = out.readLine()) != null) {
          if (line.equals("READY")) {
            ready.countDown();
          } else if (line.startsWith("PROGRESS ")) {
            String[] f = line.split(" ");
            progress.set(
                new Progress(
                    Long.parseLong(f[1]),
                    Long.parseLong(f[2]),
                    Long.parseLong(f[3]),
                    Long.parseLong(f[4]),
                    Long.parseLong(f[5])));
          } else {
            synchronized (lines) {
              lines.add(line);
            }
          }
        }
      } catch (Exception e) {
        // the child was killed mid-line
      }
    }

    boolean awaitReady(int seconds) throws InterruptedException {
      return ready.await(seconds, TimeUnit.SECONDS);
    }

    String log() throws Exception {
      synchronized (lines) {
        return String.join("\n", lines) + "\n" + Files.readString(errors.toPath());
      }
    }
  }
}
