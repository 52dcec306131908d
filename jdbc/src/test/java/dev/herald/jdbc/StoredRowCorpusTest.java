package dev.herald.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.jdbc.support.Fixtures;
import dev.herald.jdbc.support.MutableClock;
import dev.herald.jdbc.support.OrderPlaced;
import dev.herald.jdbc.support.TestDatabase;
import dev.herald.jdbc.support.TestPort;
import dev.herald.runtime.DeadLetter;
import dev.herald.runtime.generated.EventDecodingException;
import dev.herald.runtime.generated.JsonLimits;
import dev.herald.runtime.spi.Delivery;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Hostile input for the outbox's stored rows read back: every corrupted, foreign or oversized row
 * the relay meets is dead-lettered with the reason, quickly, and the good row behind it is still
 * delivered, in order. The corpus grows with every defect found later.
 */
class StoredRowCorpusTest {

  private static final Instant T0 = Instant.parse("2026-01-01T12:00:00Z");

  /** The most one bad row may cost the relay, a safety bound far above the normal few ms. */
  private static final Duration PER_BAD_ROW = Duration.ofSeconds(2);

  /**
   * One hostile row.
   *
   * @param reason a part of the dead letter's reason
   * @param sqliteOnly for corruptions only SQLite can hold (it keeps any bytes in any column)
   */
  private record Case(
      String name,
      String type,
      String payload,
      String reason,
      boolean sqliteOnly,
      Corruption then) {
    Case(String name, String type, String payload, String reason) {
      this(name, type, payload, reason, false, null);
    }
  }

  /** A change made to the stored row after it was written. */
  @FunctionalInterface
  private interface Corruption {
    void apply(Connection connection, String storedId) throws Exception;
  }

  private static final List<Case> CORPUS =
      List.of(
          new Case("unknown type", "test.OrderRenamed", good(), "Unknown event type"),
          new Case("wrong version", "test.OrderPlaced.v9", good(), "Unknown event type"),
          new Case("type name of 500 characters", "x".repeat(500), good(), "Unknown event type"),
          new Case("broken JSON", "test.OrderPlaced", "{\"orderId\":\"o\",\"pizzas\":", "JSON"),
          new Case("truncated JSON", "test.OrderPlaced", "{\"orderId\":\"o-tr", "JSON"),
          new Case("empty payload", "test.OrderPlaced", "", "not a JSON object"),
          new Case("JSON null", "test.OrderPlaced", "null", "not a JSON object"),
          new Case("JSON array", "test.OrderPlaced", "[1,2,3]", "not a JSON object"),
          new Case(
              "field of the wrong type",
              "test.OrderPlaced",
              "{\"orderId\":\"o\",\"pizzas\":\"many\"}",
              "not an int"),
          new Case("missing field", "test.OrderPlaced", "{\"orderId\":\"o\"}", "lacks member"),
          new Case(
              "duplicate key",
              "test.OrderPlaced",
              "{\"orderId\":\"a\",\"orderId\":\"b\",\"pizzas\":1}",
              "twice"),
          new Case(
              "number of 100,000 digits",
              "test.OrderPlaced",
              "{\"orderId\":\"o\",\"pizzas\":1" + "0".repeat(100_000) + "}",
              "not an int"),
          new Case(
              "nesting 100,000 deep",
              "test.OrderPlaced",
              "{\"orderId\":\"o\",\"pizzas\":1,\"x\":"
                  + "[".repeat(100_000)
                  + "]".repeat(100_000)
                  + "}",
              "JSON"),
          new Case(
              "payload over the document limit",
              "test.OrderPlaced",
              "{\"orderId\":\"" + "o".repeat(JsonLimits.MAX_DOCUMENT_LENGTH) + "\",\"pizzas\":1}",
              "over the limit"),
          new Case(
              "lone surrogate escape",
              "test.OrderPlaced",
              "{\"orderId\":\"\\ud800\",\"pizzas\":1}",
              "JSON"),
          new Case(
              "invalid UTF-8 bytes",
              "test.OrderPlaced",
              good(),
              "not valid UTF-8",
              true,
              (c, id) ->
                  update(
                      c,
                      "UPDATE herald_events SET payload ="
                          + " CAST(X'7B226F726465724964223A22FF222C2270697A7A6173223A317D' AS TEXT)"
                          + " WHERE event_id = ?",
                      id)),
          new Case(
              "corrupted timestamp",
              "test.OrderPlaced",
              good(),
              "not an instant",
              true,
              (c, id) ->
                  update(
                      c,
                      "UPDATE herald_events SET occurred_at = 'yesterday' WHERE event_id = ?",
                      id)),
          new Case(
              "event id that is not a UUID",
              "test.OrderPlaced",
              good(),
              "not a UUID",
              true,
              (c, id) -> {
                update(
                    c, "UPDATE herald_deliveries SET event_id = 'garbage' WHERE event_id = ?", id);
                update(c, "UPDATE herald_events SET event_id = 'garbage' WHERE event_id = ?", id);
              }));

  private static String good() {
    return "{\"orderId\":\"o\",\"pizzas\":1}";
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void everyBadRowIsDeadLetteredWithItsReasonAndTheGoodRowsGoOnInOrder(TestDatabase db)
      throws Exception {
    DataSource dataSource = db.newDataSource("corpus");
    MutableClock clock = new MutableClock(T0);
    JdbcOutbox outbox =
        Fixtures.outbox(dataSource)
            .nodeId("corpus")
            .clock(clock)
            .lease(Duration.ofSeconds(30))
            .build();
    outbox.createSchema();
    List<String> handed = new ArrayList<>();
    OutboxRelay relay =
        outbox
            .relay(
                TestPort.of(
                    (Delivery d, int attempt) ->
                        handed.add(((OrderPlaced) d.envelope().event()).orderId())))
            .build();
    boolean sqlite = db == TestDatabase.SQLITE;
    List<String> expectedGood = new ArrayList<>();
    List<String> table = new ArrayList<>();
    int bad = 0;
    for (Case hostile : CORPUS) {
      if (hostile.sqliteOnly() && !sqlite) {
        continue;
      }
      bad++;
      UUID badId = insert(dataSource, hostile.type(), hostile.payload());
      if (hostile.then() != null) {
        try (Connection connection = dataSource.getConnection()) {
          hostile.then().apply(connection, Fixtures.storedUuid(dataSource, badId).toString());
        }
      }
      String goodOrder = "good-after-" + bad;
      insert(dataSource, "test.OrderPlaced", "{\"orderId\":\"" + goodOrder + "\",\"pizzas\":2}");
      expectedGood.add(goodOrder);

      long start = System.nanoTime();
      int count = relay.poll();
      Duration took = Duration.ofNanos(System.nanoTime() - start);

      assertEquals(1, count, hostile.name());
      assertEquals(expectedGood, handed, hostile.name() + ": the good row behind it");
      assertTrue(
          took.compareTo(PER_BAD_ROW) < 0, hostile.name() + " took " + took.toMillis() + " ms");
      List<DeadLetter> dead = outbox.deliveryStore().deadLetters();
      assertEquals(bad, dead.size(), hostile.name() + ": dead letters");
      DeadLetter letter = dead.get(dead.size() - 1);
      assertEquals(EventDecodingException.class.getName(), letter.failureType(), hostile.name());
      assertTrue(
          letter.failureMessage().contains(hostile.reason()),
          hostile.name() + ": " + letter.failureMessage());
      assertTrue(
          letter.failureMessage().length() < 1000,
          hostile.name() + ": a reason of " + letter.failureMessage().length() + " characters");
      table.add(
          String.format(
              "%-32s -> dead letter in %4d ms: %s",
              hostile.name(), took.toMillis(), JsonLimits.quote(letter.failureMessage())));
      clock.advance(Duration.ofMillis(1));
    }
    System.out.printf("[corpus %s]%n  %s%n", db, String.join("\n  ", table));
    assertEquals(
        Set.of("DEAD"),
        Set.copyOf(
            List.of(
                Fixtures.string(
                    dataSource,
                    "SELECT MIN(status) FROM herald_deliveries WHERE status <> 'PENDING'"
                        + " AND claimed_by IS NULL"))));
    assertEquals(
        0,
        Fixtures.count(
            dataSource,
            "SELECT COUNT(*) FROM herald_deliveries WHERE status = 'PENDING' AND claimed_by IS"
                + " NULL"));
  }

  private static UUID insert(DataSource dataSource, String type, String payload) throws Exception {
    UUID id = UUID.randomUUID();
    Object at = Fixtures.storedInstant(dataSource, T0);
    Fixtures.insertStoredRow(
        dataSource, Fixtures.storedUuid(dataSource, id), type, payload, at, at);
    return id;
  }

  private static void update(Connection connection, String sql, String id) throws Exception {
    try (PreparedStatement update = connection.prepareStatement(sql)) {
      update.setString(1, id);
      assertEquals(1, update.executeUpdate(), sql);
    }
  }
}
