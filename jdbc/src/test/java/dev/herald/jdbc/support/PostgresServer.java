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

  private PostgresServer(Path dataDir, int port, boolean asPostgresUser) {
    this.dataDir = dataDir;
    this.port = port;
    this.asPostgresUser = asPostgresUser;
  }

  /** The running cluster, started on first use. */
  public static synchronized PostgresServer get() {
    if (instance == null) {
      instance = start();
    }
    return instance;
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

  public String url(String database) {
    // Bounded waits: a stopped server is reported within seconds, never waited for forever.
    return "jdbc:postgresql://127.0.0.1:"
        + port
        + "/"
        + database
        + "?user=postgres&connectTimeout=3&loginTimeout=5&socketTimeout=60";
  }

  private static PostgresServer start() {
    if (!Files.isExecutable(BIN.resolve("initdb")) || !Files.isExecutable(BIN.resolve("pg_ctl"))) {
      throw new IllegalStateException(
          "PostgreSQL 15 binaries not found in " + BIN + ": run `apt-get install postgresql-15`");
    }
    boolean root = "root".equals(System.getProperty("user.name"));
    try {
      Path dataDir;
      if (root) {
        // initdb refuses to run as root; the postgres user needs a directory it owns.
        dataDir = Files.createTempDirectory("herald-pg-");
        run(List.of("chown", "postgres:postgres", dataDir.toString()), false);
      } else {
        Path target = Paths.get("target").toAbsolutePath();
        Files.createDirectories(target);
        dataDir = Files.createTempDirectory(target, "pg-");
      }
      Path cluster = dataDir.resolve("data");
      int port = freePort();
      PostgresServer server = new PostgresServer(cluster, port, root);
      server.pg(
          List.of(
              BIN.resolve("initdb").toString(),
              "-D",
              cluster.toString(),
              "-U",
              "postgres",
              "--auth=trust",
              "-E",
              "UTF8",
              "--no-sync",
              "--locale=C"));
      String options =
          "-p "
              + port
              + " -k "
              + dataDir
              + " -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c"
              + " full_page_writes=off -c max_connections=200";
      server.pg(
          List.of(
              BIN.resolve("pg_ctl").toString(),
              "-D",
              cluster.toString(),
              "-o",
              options,
              "-l",
              dataDir.resolve("server.log").toString(),
              "-w",
              "-t",
              "60",
              "start"));
      Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(dataDir), "pg-stop"));
      return server;
    } catch (IOException e) {
      throw new IllegalStateException("Could not start PostgreSQL: " + e.getMessage(), e);
    }
  }

  private void stop(Path root) {
    try {
      pg(
          List.of(
              BIN.resolve("pg_ctl").toString(),
              "-D",
              dataDir.toString(),
              "-m",
              "immediate",
              "-w",
              "stop"));
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
