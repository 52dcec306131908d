package dev.herald.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.jdbc.support.Fixtures;
import dev.herald.jdbc.support.MutableClock;
import dev.herald.jdbc.support.OrderPlaced;
import dev.herald.jdbc.support.TestDatabase;
import dev.herald.jdbc.support.TestPort;
import dev.herald.runtime.DeadLetter;
import dev.herald.runtime.spi.CommittingEvents;
import dev.herald.runtime.spi.Delivery;
import dev.herald.runtime.spi.EventEnvelope;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The outbox's writes in the application's transaction, and the delivery states it records. */
class OutboxTest {

  private static final Instant T0 = Instant.parse("2026-01-01T12:00:00Z");
  private static final List<String> ROUTES = List.of("kitchen", "email");

  private final MutableClock clock = new MutableClock(T0);

  private JdbcOutbox outbox(DataSource dataSource) {
    JdbcOutbox outbox =
        Fixtures.outbox(dataSource)
            .nodeId("node-a")
            .clock(clock)
            .lease(Duration.ofSeconds(30))
            .build();
    outbox.createSchema();
    return outbox;
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void commitStoresStateEventsAndDeliveriesClaimedByThisNode(TestDatabase db) throws Exception {
    DataSource dataSource = db.newDataSource("commit");
    JdbcOutbox outbox = outbox(dataSource);
    Fixtures.createOrdersTable(dataSource);
    CommittingEvents events = Fixtures.placed(T0, ROUTES, "o-1", "o-2");

    outbox.transactional(c -> Fixtures.insertOrder(c, "o-1", 2)).commit(events);

    assertEquals(1, Fixtures.count(dataSource, "SELECT COUNT(*) FROM orders"));
    assertEquals(2, Fixtures.count(dataSource, "SELECT COUNT(*) FROM herald_events"));
    assertEquals(
        4,
        Fixtures.count(
            dataSource,
            "SELECT COUNT(*) FROM herald_deliveries WHERE status = 'PENDING' AND claimed_by ="
                + " 'node-a' AND attempts = 0"));
    assertEquals(
        "{\"orderId\":\"o-1\",\"pizzas\":2}",
        Fixtures.string(
            dataSource, "SELECT payload FROM herald_events WHERE aggregate_id = 'o-1'"));
    assertEquals(
        "test.OrderPlaced",
        Fixtures.string(
            dataSource, "SELECT type_name FROM herald_events WHERE aggregate_id = 'o-2'"));
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void failingApplicationWriteRollsBackEventsAndRethrows(TestDatabase db) throws Exception {
    DataSource dataSource = db.newDataSource("rollback");
    JdbcOutbox outbox = outbox(dataSource);
    Fixtures.createOrdersTable(dataSource);
    IllegalStateException refused = new IllegalStateException("out of mozzarella");

    IllegalStateException thrown =
        assertThrows(
            IllegalStateException.class,
            () ->
                outbox
                    .transactional(
                        c -> {
                          Fixtures.insertOrder(c, "o-1", 2);
                          throw refused;
                        })
                    .commit(Fixtures.placed(T0, ROUTES, "o-1")));

    assertEquals(refused, thrown);
    assertEquals(0, Fixtures.count(dataSource, "SELECT COUNT(*) FROM orders"));
    assertEquals(0, Fixtures.count(dataSource, "SELECT COUNT(*) FROM herald_events"));
    assertEquals(0, Fixtures.count(dataSource, "SELECT COUNT(*) FROM herald_deliveries"));
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void failingEventInsertRollsBackTheApplicationsWrites(TestDatabase db) throws Exception {
    DataSource dataSource = db.newDataSource("dupe");
    JdbcOutbox outbox = outbox(dataSource);
    Fixtures.createOrdersTable(dataSource);
    CommittingEvents events = Fixtures.placed(T0, ROUTES, "o-1");
    outbox.transactional(c -> Fixtures.insertOrder(c, "o-1", 2)).commit(events);

    // The same event id again violates the primary key: the order o-2 must not survive.
    assertThrows(
        java.sql.SQLException.class,
        () -> outbox.transactional(c -> Fixtures.insertOrder(c, "o-2", 3)).commit(events));

    assertEquals(1, Fixtures.count(dataSource, "SELECT COUNT(*) FROM orders"));
    assertEquals(1, Fixtures.count(dataSource, "SELECT COUNT(*) FROM herald_events"));

    // On PostgreSQL the refused statement carried the COMMIT, which the server skipped: the
    // connection went back to the pool rolled back, and the next unit of work commits.
    outbox
        .transactional(c -> Fixtures.insertOrder(c, "o-3", 1))
        .commit(Fixtures.placed(T0, ROUTES, "o-3"));
    assertEquals(2, Fixtures.count(dataSource, "SELECT COUNT(*) FROM orders"));
    assertEquals(2, Fixtures.count(dataSource, "SELECT COUNT(*) FROM herald_events"));
    assertEquals(4, Fixtures.count(dataSource, "SELECT COUNT(*) FROM herald_deliveries"));
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void eventWithoutCodecFailsTheCommitNamingTheType(TestDatabase db) throws Exception {
    DataSource dataSource = db.newDataSource("nocodec");
    JdbcOutbox outbox = outbox(dataSource);
    EventEnvelope stranger = new EventEnvelope(UUID.randomUUID(), null, null, 0, T0, "a string");
    CommittingEvents events =
        new CommittingEvents(List.of(stranger), List.of(new Delivery(stranger, "x")));

    IllegalArgumentException thrown =
        assertThrows(
            IllegalArgumentException.class, () -> outbox.transactional(c -> {}).commit(events));

    assertTrue(thrown.getMessage().contains("java.lang.String"), thrown.getMessage());
    assertEquals(0, Fixtures.count(dataSource, "SELECT COUNT(*) FROM herald_events"));
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void recordsDeliveredRetryingAndDeadLetteredDurably(TestDatabase db) throws Exception {
    DataSource dataSource = db.newDataSource("states");
    JdbcOutbox outbox = outbox(dataSource);
    CommittingEvents events = Fixtures.placed(T0, ROUTES, "o-1");
    outbox.transactional(c -> {}).commit(events);
    Delivery kitchen = events.deliveries().get(0);
    Delivery email = events.deliveries().get(1);
    UUID eventId = kitchen.envelope().eventId();

    outbox.deliveryStore().delivered(kitchen);
    // DONE marks are written behind; flush() returns once they are committed.
    outbox.flush();
    Instant retryAt = T0.plusSeconds(120);
    outbox.deliveryStore().retrying(email, 1, new IllegalStateException("smtp down"), retryAt);

    assertEquals("DONE", Fixtures.status(dataSource, outbox, eventId, "kitchen"));
    assertEquals(
        "1|smtp down|java.lang.IllegalStateException",
        Fixtures.string(
            dataSource,
            "SELECT attempts || '|' || last_error || '|' || last_error_type FROM herald_deliveries"
                + " WHERE route_id = 'email'"));
    // The lease outlasts the backoff, so no other node takes the delivery while we wait to retry.
    JdbcOutbox other =
        Fixtures.outbox(dataSource)
            .nodeId("node-b")
            .clock(clock)
            .lease(Duration.ofSeconds(30))
            .build();
    clock.advance(Duration.ofSeconds(100));
    assertEquals(0, other.relay(TestPort.of((d, a) -> {})).build().poll());

    outbox
        .deliveryStore()
        .deadLettered(
            new DeadLetter(email, 5, "java.io.IOException", "smtp gone", T0.plusSeconds(200)));

    // A new outbox over the same database (a restart) sees the dead letter.
    JdbcOutbox restarted = outbox(dataSource);
    List<DeadLetter> parked = restarted.deliveryStore().deadLetters();
    assertEquals(1, parked.size());
    DeadLetter letter = parked.get(0);
    assertEquals(email.routeId(), letter.delivery().routeId());
    assertEquals(eventId, letter.delivery().envelope().eventId());
    assertEquals(new OrderPlaced("o-1", 2), letter.delivery().envelope().event());
    assertEquals("o-1", letter.delivery().envelope().aggregateId());
    assertEquals(5, letter.attempts());
    assertEquals("java.io.IOException", letter.failureType());
    assertEquals("smtp gone", letter.failureMessage());
    assertEquals(T0.plusSeconds(200), letter.deadLetteredAt());
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void takeDeadLetterMakesItPendingAgainAndOnlyOnce(TestDatabase db) throws Exception {
    DataSource dataSource = db.newDataSource("take");
    JdbcOutbox outbox = outbox(dataSource);
    CommittingEvents events = Fixtures.placed(T0, List.of("email"), "o-1");
    outbox.transactional(c -> {}).commit(events);
    Delivery email = events.deliveries().get(0);
    UUID eventId = email.envelope().eventId();
    outbox
        .deliveryStore()
        .deadLettered(new DeadLetter(email, 3, "java.io.IOException", "down", T0));

    Optional<DeadLetter> taken = outbox.deliveryStore().takeDeadLetter(eventId, "email");

    assertTrue(taken.isPresent());
    assertEquals(3, taken.get().attempts());
    assertEquals("PENDING", Fixtures.status(dataSource, outbox, eventId, "email"));
    assertTrue(outbox.deliveryStore().takeDeadLetter(eventId, "email").isEmpty());
    assertTrue(outbox.deliveryStore().deadLetters().isEmpty());
    // A crash during the redrive: once the lease ends, a relay delivers it again.
    clock.advance(Duration.ofSeconds(31));
    List<Delivery> recovered = new java.util.ArrayList<>();
    Fixtures.outbox(dataSource)
        .nodeId("node-b")
        .clock(clock)
        .build()
        .relay(TestPort.of((d, attempt) -> recovered.add(d)))
        .build()
        .poll();
    assertEquals(List.of(eventId), recovered.stream().map(d -> d.envelope().eventId()).toList());
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void deliveriesTheBusReportsWithoutARowAreStoredOnFailure(TestDatabase db) throws Exception {
    DataSource dataSource = db.newDataSource("published");
    JdbcOutbox outbox = outbox(dataSource);
    // An event published outside a unit of work never went through a commit step.
    EventEnvelope envelope =
        new EventEnvelope(UUID.randomUUID(), null, null, 0, T0, new OrderPlaced("o-9", 1));
    Delivery delivery = new Delivery(envelope, "email");

    outbox.deliveryStore().retrying(delivery, 1, new RuntimeException("boom"), T0.plusSeconds(1));
    outbox
        .deliveryStore()
        .deadLettered(new DeadLetter(delivery, 2, "java.lang.RuntimeException", "boom", T0));

    assertEquals("DEAD", Fixtures.status(dataSource, outbox, envelope.eventId(), "email"));
    assertEquals(
        new OrderPlaced("o-9", 1),
        outbox.deliveryStore().deadLetters().get(0).delivery().envelope().event());
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void customPrefixIsUsedForEveryTable(TestDatabase db) throws Exception {
    DataSource dataSource = db.newDataSource("prefix");
    JdbcOutbox outbox = Fixtures.outbox(dataSource).tablePrefix("pizzeria_").clock(clock).build();
    outbox.createSchema();
    outbox.createSchema();
    outbox.transactional(c -> {}).commit(Fixtures.placed(T0, ROUTES, "o-1"));

    assertEquals(1, Fixtures.count(dataSource, "SELECT COUNT(*) FROM pizzeria_events"));
    assertEquals(2, Fixtures.count(dataSource, "SELECT COUNT(*) FROM pizzeria_deliveries"));
    assertEquals(0, Fixtures.count(dataSource, "SELECT COUNT(*) FROM pizzeria_inbox"));
  }
}
