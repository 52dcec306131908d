package dev.herald.jdbc.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A throwaway PostgreSQL 15 cluster started from the installed binaries, once per JVM, shared by
 * every test class (each gets its own database) and stopped by a shutdown hook.
 */
public final class PostgresServer {

  private static final Path BIN = Paths.get("/usr/lib/postgresql/15/bin");
  private static final AtomicInteger DATABASES = new AtomicInteger();
  private static PostgresServer instance;

  private final Path dataDir;
  private final int port;
  private final boolean asPostgresUser;
  private final Path root;

  /**
   * Whether a commit is written out before it is acknowledged (synchronous_commit=on); off for the
   * shared cluster, whose server never crashes in a test, on where a test stops it in immediate
   * mode, which loses what sat in its WAL buffers.
   */
  private final boolean durableCommits;

  private PostgresServer(Path root, int port, boolean asPostgresUser, boolean durableCommits) {
    this.root = root;
    this.durableCommits = durableCommits;
    this.dataDir = root.resolve("data");
    this.port = port;
    this.asPostgresUser = asPostgresUser;
  }

  /** The running cluster, started on first use. */
  public static synchronized PostgresServer get() {
    if (instance == null) {
      instance = start(false);
    }
    return instance;
  }

  /**
   * A cluster of its own, for a test that stops and starts it (an outage) without disturbing the
   * shared one; stopped and deleted when the JVM exits.
   */
  public static PostgresServer startDedicated() {
    return start(true);
  }

  /** Stops the server at once, as a crash would: {@code pg_ctl stop -m immediate}. */
  public void stopImmediately() {
    pg(
        List.of(
            BIN.resolve("pg_ctl").toString(),
            "-D",
            dataDir.toString(),
            "-m",
            "immediate",
            "-w",
            "stop"));
  }

  /** Starts the server again on the same port, after {@link #stopImmediately()}; it recovers. */
  public void startAgain() {
    pg(startCommand());
  }

  /** Creates a fresh database and returns its JDBC URL. */
  public String createDatabase(String hint) {
    String name =
        "t"
            + DATABASES.incrementAndGet()
            + "_"
            + ProcessHandle.current().pid()
            + "_"
            + hint.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    if (name.length() > 60) {
      name = name.substring(0, 60);
    }
    try (Connection connection = DriverManager.getConnection(url("postgres"), "postgres", "");
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not create database " + name, e);
    }
    return url(name);
  }

  public int port() {
    return port;
  }

  public String url(String database) {
    // Bounded waits, generous enough for a machine under heavy load: a stopped server refuses at
    // once, a hung one is given up on.
    return "jdbc:postgresql://127.0.0.1:"
        + port
        + "/"
        + database
        + "?user=postgres&connectTimeout=10&loginTimeout=30&socketTimeout=60";
  }

  private static PostgresServer start(boolean durableCommits) {
    if (!Files.isExecutable(BIN.resolve("initdb")) || !Files.isExecutable(BIN.resolve("pg_ctl"))) {
      throw new IllegalStateException(
          "PostgreSQL 15 binaries not found in " + BIN + ": run `apt-get install postgresql-15`");
    }
    boolean root = "root".equals(System.getProperty("user.name"));
    try {
      Path dir;
      if (root) {
        // initdb refuses to run as root; the postgres user needs a directory it owns.
        dir = Files.createTempDirectory("herald-pg-");
        run(List.of("chown", "postgres:postgres", dir.toString()), false);
      } else {
        Path target = Paths.get("target").toAbsolutePath();
        Files.createDirectories(target);
        dir = Files.createTempDirectory(target, "pg-");
      }
      PostgresServer server = new PostgresServer(dir, freePort(), root, durableCommits);
      server.pg(
          List.of(
              BIN.resolve("initdb").toString(),
              "-D",
              server.dataDir.toString(),
              "-U",
              "postgres",
              "--auth=trust",
              "-E",
              "UTF8",
              "--no-sync",
              "--locale=C"));
      server.pg(server.startCommand());
      Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "pg-stop"));
      return server;
    } catch (IOException e) {
      throw new IllegalStateException("Could not start PostgreSQL: " + e.getMessage(), e);
    }
  }

  private List<String> startCommand() {
    String options =
        "-p "
            + port
            + " -k "
            + root
            + " -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit="
            + (durableCommits ? "on" : "off")
            + " -c full_page_writes=off -c max_connections=200";
    return List.of(
        BIN.resolve("pg_ctl").toString(),
        "-D",
        dataDir.toString(),
        "-o",
        options,
        "-l",
        root.resolve("server.log").toString(),
        "-w",
        "-t",
        "60",
        "start");
  }

  private void stop() {
    try {
      if (Files.exists(dataDir.resolve("postmaster.pid"))) {
        stopImmediately();
      }
      run(List.of("rm", "-rf", root.toString()), false);
    } catch (RuntimeException e) {
      System.err.println("Could not stop PostgreSQL in " + dataDir + ": " + e.getMessage());
    }
  }

  private void pg(List<String> command) {
    run(command, asPostgresUser);
  }

  private static void run(List<String> command, boolean asPostgresUser) {
    List<String> full = new ArrayList<>();
    if (asPostgresUser) {
      full.addAll(List.of("runuser", "-u", "postgres", "--"));
    }
    full.addAll(command);
    try {
      Process process = new ProcessBuilder(full).redirectErrorStream(true).start();
      String output = new String(process.getInputStream().readAllBytes());
      if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
        throw new IllegalStateException(
            "Command failed: " + String.join(" ", full) + "\n" + output);
      }
    } catch (IOException e) {
      throw new IllegalStateException("Could not run " + String.join(" ", full), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted running " + String.join(" ", full), e);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
