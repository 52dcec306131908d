package dev.herald.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.jdbc.schema.Dialect;
import dev.herald.jdbc.schema.OutboxSchema;
import dev.herald.jdbc.schema.OutboxTables;
import dev.herald.jdbc.support.Fixtures;
import dev.herald.jdbc.support.TempFiles;
import dev.herald.jdbc.support.TestDatabase;
import dev.herald.jdbc.support.TestPort;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The shipped migration scripts, the generated DDL and the configuration checks agree. */
class SchemaTest {

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void shippedMigrationMatchesTheGeneratedDdlAndRunsTwice(TestDatabase db) throws Exception {
    Dialect dialect = Dialect.valueOf(db.name());
    String script = migration(dialect);
    assertTrue(
        script.endsWith(OutboxSchema.script(dialect, OutboxTables.defaults())),
        "src/main/resources/dev/herald/jdbc/schema/" + file(dialect) + " is out of date");

    DataSource dataSource = db.newDataSource("migration");
    runScript(dataSource, script);
    runScript(dataSource, script);
    JdbcOutbox outbox = Fixtures.outbox(dataSource).build();
    assertEquals(dialect, outbox.dialect());
    outbox.createSchema();
    outbox.transactional(c -> {}).commit(Fixtures.placed(Instant.now(), List.of("kitchen"), "o-1"));
    assertEquals(1, Fixtures.count(dataSource, "SELECT COUNT(*) FROM herald_deliveries"));
  }

  @Test
  void rejectsPrefixesThatAreNotPlainIdentifiers() {
    for (String bad : new String[] {"", "1abc", "a b", "x; DROP TABLE y; --", "a.b.c"}) {
      IllegalArgumentException thrown =
          assertThrows(IllegalArgumentException.class, () -> new OutboxTables(bad));
      assertTrue(thrown.getMessage().contains("Invalid table prefix"), thrown.getMessage());
    }
    assertEquals("billing.herald_events", new OutboxTables("billing.herald_").events());
  }

  @Test
  void namesAnUnsupportedDatabase() {
    IllegalArgumentException thrown =
        assertThrows(IllegalArgumentException.class, () -> Dialect.forProductName("MySQL"));
    assertTrue(thrown.getMessage().contains("'MySQL'"), thrown.getMessage());
  }

  @Test
  void refusesH2AsAFileDatabaseNamingTheReason() throws Exception {
    Path file = TempFiles.directory("herald-h2-").resolve("outbox");
    IllegalArgumentException thrown =
        assertThrows(
            IllegalArgumentException.class,
            () -> Fixtures.outbox(TestDatabase.dataSource("jdbc:h2:file:" + file)).build());
    assertTrue(
        thrown.getMessage().contains("tears transactions when several threads commit at once")
            && thrown.getMessage().contains("SQLite"),
        thrown.getMessage());
    // Naming the dialect does not skip the check.
    assertThrows(
        IllegalArgumentException.class,
        () ->
            Fixtures.outbox(TestDatabase.dataSource("jdbc:h2:file:" + file))
                .dialect(Dialect.H2)
                .build());
  }

  @Test
  void refusesSqliteThatCouldLoseOrTearCommits() throws Exception {
    Path dir = TempFiles.directory("herald-sqlite-refused-");
    String base = "jdbc:sqlite:" + dir;
    assertRefused(base + "/a.db?journal_mode=DELETE&busy_timeout=1000", "add journal_mode=WAL");
    assertRefused(
        base + "/b.db?journal_mode=WAL&synchronous=OFF&busy_timeout=1000", "synchronous=OFF");
    JdbcOutbox accepted =
        Fixtures.outbox(
                TestDatabase.dataSource(TestDatabase.sqliteUrl(dir.resolve("c.db"), "FULL")))
            .build();
    assertEquals(Dialect.SQLITE, accepted.dialect());
  }

  private static void assertRefused(String url, String advice) {
    IllegalArgumentException thrown =
        assertThrows(
            IllegalArgumentException.class,
            () -> Fixtures.outbox(TestDatabase.dataSource(url)).build());
    assertTrue(thrown.getMessage().contains(advice), thrown.getMessage());
  }

  @Test
  void builderRequiresACodec() {
    IllegalStateException thrown =
        assertThrows(
            IllegalStateException.class,
            () -> JdbcOutbox.builder(TestDatabase.H2.newDataSource("nocodec")).build());
    assertTrue(thrown.getMessage().contains("No EventCodec"), thrown.getMessage());
  }

  @Test
  void rejectsARelayThatPollsTooRarelyToRenewLeases() {
    JdbcOutbox outbox =
        Fixtures.outbox(TestDatabase.H2.newDataSource("poll"))
            .lease(java.time.Duration.ofSeconds(10))
            .build();
    IllegalArgumentException thrown =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                outbox
                    .relay(TestPort.of((d, attempt) -> {}))
                    .pollInterval(java.time.Duration.ofSeconds(5))
                    .build());
    assertTrue(thrown.getMessage().contains("below half the lease"), thrown.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            Fixtures.outbox(TestDatabase.H2.newDataSource("lease")).lease(java.time.Duration.ZERO));
    assertThrows(
        IllegalArgumentException.class,
        () -> Fixtures.outbox(TestDatabase.H2.newDataSource("node")).nodeId(" "));
  }

  private static String file(Dialect dialect) {
    return dialect.name().toLowerCase(java.util.Locale.ROOT) + ".sql";
  }

  private static String migration(Dialect dialect) throws Exception {
    try (InputStream in =
        SchemaTest.class.getResourceAsStream("/dev/herald/jdbc/schema/" + file(dialect))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static void runScript(DataSource dataSource, String script) throws Exception {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      for (String part : script.split(";\n")) {
        String sql =
            part.lines().filter(l -> !l.startsWith("--")).reduce("", (a, b) -> a + b + "\n").trim();
        if (!sql.isEmpty()) {
          statement.execute(sql);
        }
      }
    }
  }
}
