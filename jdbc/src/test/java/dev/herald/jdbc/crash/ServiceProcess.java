package dev.herald.jdbc.crash;

import dev.herald.jdbc.support.TempFiles;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One child JVM running a service ({@link CrashService} by default), with its stdout followed, for
 * tests that kill it.
 */
final class ServiceProcess {

  /** Counters the child last reported before it died. */
  record Progress(long committed, long rolledBack, long recovered, long skipped, long handedTwice) {
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

  /**
   * Where the children's class path copy, database files and logs live: outside {@code target/},
   * which a concurrent {@code mvn clean} elsewhere in the reactor may delete; removed when the JVM
   * exits.
   */
  static final Path WORK = TempFiles.directory("herald-crash-");

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

  final Process process;
  final AtomicReference<Progress> progress = new AtomicReference<>(Progress.NONE);
  final CountDownLatch ready = new CountDownLatch(1);
  final List<String> lines = new ArrayList<>();
  final File errors;
  volatile long openedMillis = -1;

  private ServiceProcess(Process process, File errors) {
    this.process = process;
    this.errors = errors;
  }

  static ServiceProcess start(String url, String mode, String runId) throws Exception {
    return start(CrashService.class, url, mode, runId);
  }

  /** Starts {@code main} with the arguments {@code <url> <mode> <run id>}. */
  static ServiceProcess start(Class<?> main, String url, String mode, String runId)
      throws Exception {
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
                main.getName(),
                url,
                mode,
                runId)
            .redirectError(errors)
            .start();
    ServiceProcess child = new ServiceProcess(process, errors);
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
        if (line.startsWith("OPENED ")) {
          openedMillis = Long.parseLong(line.substring(7));
        } else if (line.equals("READY")) {
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

  /** Waits until the service reported a commit, or the time is up. */
  void awaitFirstCommit(int seconds) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    while (progress.get().committed() == 0 && System.nanoTime() < deadline && process.isAlive()) {
      Thread.sleep(10);
    }
  }

  String log() throws Exception {
    synchronized (lines) {
      return String.join("\n", lines) + "\n" + Files.readString(errors.toPath());
    }
  }

  long pid() {
    return process.pid();
  }
}
