package dev.herald.benchmarks.outbox;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A throwaway PostgreSQL 15 cluster started from the installed binaries, started the same way as
 * herald-jdbc's test support (whose class is in test sources, so it cannot be shared): initdb into
 * a temporary directory, pg_ctl start on a free port, removed at {@link #close}.
 *
 * <p>Settings as in herald-jdbc's tests: {@code fsync}, {@code synchronous_commit} and {@code
 * full_page_writes} off, so the figures measure the work per commit rather than this machine's
 * disk.
 */
public final class PostgresCluster implements AutoCloseable {

  private static final Path BIN = Path.of("/usr/lib/postgresql/15/bin");

  private final Path root;
  private final Path data;
  private final int port;
  private final boolean asPostgresUser;

  private PostgresCluster(Path root, int port, boolean asPostgresUser) {
    this.root = root;
    this.data = root.resolve("data");
    this.port = port;
    this.asPostgresUser = asPostgresUser;
  }

  /** Initialises and starts a new cluster; stop it with {@link #close}. */
  public static PostgresCluster start() {
    if (!Files.isExecutable(BIN.resolve("initdb")) || !Files.isExecutable(BIN.resolve("pg_ctl"))) {
      throw new IllegalStateException(
          "PostgreSQL 15 binaries not found in " + BIN + ": run `apt-get install postgresql-15`");
    }
    boolean root = "root".equals(System.getProperty("user.name"));
    try {
      Path dir = Files.createTempDirectory("herald-bench-pg-");
      if (root) {
        // initdb refuses to run as root: the cluster belongs to the postgres user.
        run(List.of("chown", "postgres:postgres", dir.toString()), false);
      }
      PostgresCluster cluster = new PostgresCluster(dir, freePort(), root);
      cluster.pg(
          List.of(
              BIN.resolve("initdb").toString(),
              "-D",
              cluster.data.toString(),
              "-U",
              "postgres",
              "--auth=trust",
              "-E",
              "UTF8",
              "--no-sync",
              "--locale=C"));
      String options =
          "-p "
              + cluster.port
              + " -k "
              + dir
              + " -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c"
              + " full_page_writes=off -c max_connections=100";
      cluster.pg(
          List.of(
              BIN.resolve("pg_ctl").toString(),
              "-D",
              cluster.data.toString(),
              "-o",
              options,
              "-l",
              dir.resolve("server.log").toString(),
              "-w",
              "-t",
              "60",
              "start"));
      Runtime.getRuntime().addShutdownHook(new Thread(cluster::close, "bench-pg-stop"));
      return cluster;
    } catch (IOException e) {
      throw new IllegalStateException("Could not start PostgreSQL: " + e.getMessage(), e);
    }
  }

  /** Creates an empty database and returns its JDBC URL. */
  public String createDatabase(String name) {
    try (Connection connection = DriverManager.getConnection(url("postgres"));
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException(
          "Could not create database " + name + ": " + e.getMessage(), e);
    }
    return url(name);
  }

  /** Drops a database created by {@link #createDatabase}; its connections must be closed. */
  public void dropDatabase(String name) {
    try (Connection connection = DriverManager.getConnection(url("postgres"));
        Statement statement = connection.createStatement()) {
      statement.execute("DROP DATABASE IF EXISTS " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not drop database " + name + ": " + e.getMessage(), e);
    }
  }

  /** The JDBC URL of a database of this cluster. */
  public String url(String database) {
    return "jdbc:postgresql://127.0.0.1:" + port + "/" + database + "?user=postgres";
  }

  /** Stops the cluster and deletes its files; calling it twice is harmless. */
  @Override
  public synchronized void close() {
    if (!Files.exists(root)) {
      return;
    }
    try {
      pg(
          List.of(
              BIN.resolve("pg_ctl").toString(),
              "-D",
              data.toString(),
              "-m",
              "immediate",
              "-w",
              "stop"));
    } catch (RuntimeException e) {
      System.err.println("Could not stop PostgreSQL in " + data + ": " + e.getMessage());
    }
    run(List.of("rm", "-rf", root.toString()), false);
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
