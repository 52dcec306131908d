package dev.herald.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.herald.jdbc.support.CuttableDataSource;
import dev.herald.jdbc.support.Fixtures;
import dev.herald.jdbc.support.MutableClock;
import dev.herald.jdbc.support.TestDatabase;
import dev.herald.jdbc.support.TestPort;
import dev.herald.runtime.DeadLetter;
import dev.herald.runtime.spi.CommittingEvents;
import dev.herald.runtime.spi.Delivery;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The DONE write-behind: marks are batched, flushed on demand, on close and when the node is idle,
 * keep their lease while queued, and a mark lost with its process means a redelivery, not a loss.
 */
class WriteBehindTest {

  private static final Instant T0 = Instant.parse("2026-01-01T12:00:00Z");
  private static final Duration LEASE = Duration.ofSeconds(30);

  /** Long enough that the background flusher never writes during a test step. */
  private static final Duration SLOW = Duration.ofSeconds(1);

  private final MutableClock clock = new MutableClock(T0);

  private JdbcOutbox node(DataSource dataSource, String nodeId, Duration delay) {
    JdbcOutbox outbox =
        Fixtures.outbox(dataSource)
            .nodeId(nodeId)
            .clock(clock)
            .lease(LEASE)
            .doneWriteBehind(delay, 500)
            .build();
    outbox.createSchema();
    return outbox;
  }

  private static long done(DataSource dataSource) throws Exception {
    return Fixtures.count(
        dataSource, "SELECT COUNT(*) FROM herald_deliveries WHERE status = 'DONE'");
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void queuedMarksKeepTheirLeaseAndAreWrittenTogetherOnFlush(TestDatabase db) throws Exception {
    DataSource dataSource = db.newDataSource("wb-flush");
    JdbcOutbox a = node(dataSource, "node-a", SLOW);
    CommittingEvents events = Fixtures.placed(T0, List.of("kitchen", "email"), "o-1", "o-2");
    a.transactional(c -> {}).commit(events);
    List<Delivery> deliveries = events.deliveries();

    for (int i = 0; i < 3; i++) {
      a.deliveryStore().delivered(deliveries.get(i));
    }
    // One delivery still in flight on node-a, so the three marks wait for their batch.
    assertEquals(0, done(dataSource));
    // Still PENDING in the table, but under node-a's lease: another node takes none of them.
    clock.advance(LEASE.minusSeconds(1));
    assertEquals(
        0, node(dataSource, "node-b", SLOW).relay(TestPort.of((d, attempt) -> {})).build().poll());

    a.flush();
    assertEquals(3, done(dataSource));
    assertEquals(
        3,
        Fixtures.count(
            dataSource,
            "SELECT COUNT(*) FROM herald_deliveries WHERE status = 'DONE' AND claimed_by ="
                + " 'node-a'"));
    a.close();
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void aBatchWritesEveryMarkWhoseRowIsPendingAndLeavesTheOthersAsTheyAre(TestDatabase db)
      throws Exception {
    DataSource dataSource = db.newDataSource("wb-mixed");
    JdbcOutbox a = node(dataSource, "node-a", SLOW);
    CommittingEvents events = Fixtures.placed(T0, List.of("kitchen", "email"), "o-1", "o-2");
    a.transactional(c -> {}).commit(events);
    List<Delivery> deliveries = events.deliveries();
    // A unit of work whose transaction rolled back: its deliveries have no rows at all.
    CommittingEvents rolledBack = Fixtures.placed(T0, List.of("kitchen"), "o-3");
    assertThrows(
        IllegalStateException.class,
        () ->
            a.transactional(
                    c -> {
                      throw new IllegalStateException("application write refused");
                    })
                .commit(rolledBack));

    for (int i = 0; i < 3; i++) {
      a.deliveryStore().delivered(deliveries.get(i));
    }
    a.deliveryStore().delivered(rolledBack.deliveries().get(0));
    // Parked meanwhile (by an operator, say): a DONE mark must not revive it as done.
    Delivery parked = deliveries.get(1);
    Fixtures.execute(
        dataSource,
        "UPDATE herald_deliveries SET status = 'DEAD' WHERE event_id = '"
            + parked.envelope().eventId()
            + "' AND route_id = '"
            + parked.routeId()
            + "'");

    a.flush();

    List<String> statuses = new ArrayList<>();
    for (Delivery delivery : deliveries) {
      statuses.add(
          Fixtures.status(dataSource, a, delivery.envelope().eventId(), delivery.routeId()));
    }
    assertEquals(List.of("DONE", "DEAD", "DONE", "PENDING"), statuses);
    assertEquals(
        2,
        Fixtures.count(
            dataSource,
            "SELECT COUNT(*) FROM herald_deliveries WHERE status = 'DONE' AND claimed_by ="
                + " 'node-a'"));
    Delivery missing = rolledBack.deliveries().get(0);
    assertNull(Fixtures.status(dataSource, a, missing.envelope().eventId(), missing.routeId()));
    a.close();
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void theLastDeliveryInFlightIsWrittenAtOnceWithTheQueuedOnes(TestDatabase db) throws Exception {
    DataSource dataSource = db.newDataSource("wb-idle");
    JdbcOutbox a = node(dataSource, "node-a", SLOW);
    CommittingEvents events = Fixtures.placed(T0, List.of("kitchen", "email"), "o-1");
    a.transactional(c -> {}).commit(events);

    a.deliveryStore().delivered(events.deliveries().get(0));
    assertEquals(0, done(dataSource));
    a.deliveryStore().delivered(events.deliveries().get(1));

    // Nothing else in flight: no batch to wait for, so both are committed before delivered returns.
    assertEquals(2, done(dataSource));
    a.close();
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void aDeadLetterThatEndsTheNodesWorkWritesTheQueuedMarks(TestDatabase db) throws Exception {
    DataSource dataSource = db.newDataSource("wb-dead");
    JdbcOutbox a = node(dataSource, "node-a", SLOW);
    CommittingEvents events = Fixtures.placed(T0, List.of("kitchen", "email"), "o-1");
    a.transactional(c -> {}).commit(events);

    a.deliveryStore().delivered(events.deliveries().get(0));
    assertEquals(0, done(dataSource));
    a.deliveryStore()
        .deadLettered(
            new DeadLetter(events.deliveries().get(1), 3, "java.io.IOException", "smtp", T0));

    // The bus is idle once the dead letter is parked; the kitchen's mark is in the table by then.
    assertEquals(1, done(dataSource));
    assertEquals(
        1,
        Fixtures.count(dataSource, "SELECT COUNT(*) FROM herald_deliveries WHERE status = 'DEAD'"));
    a.close();
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void closingTheOutboxOrItsRelayWritesTheQueuedMarks(TestDatabase db) throws Exception {
    DataSource dataSource = db.newDataSource("wb-close");
    JdbcOutbox a = node(dataSource, "node-a", SLOW);
    CommittingEvents events = Fixtures.placed(T0, List.of("kitchen", "email"), "o-1", "o-2");
    a.transactional(c -> {}).commit(events);
    OutboxRelay relay = a.relay(TestPort.of((d, attempt) -> {})).build().start();

    a.deliveryStore().delivered(events.deliveries().get(0));
    assertEquals(0, done(dataSource));
    relay.close();
    assertEquals(1, done(dataSource));

    a.deliveryStore().delivered(events.deliveries().get(1));
    assertEquals(1, done(dataSource));
    a.close();
    assertEquals(2, done(dataSource));
    // After close a mark is written before delivered returns.
    a.deliveryStore().delivered(events.deliveries().get(2));
    assertEquals(3, done(dataSource));
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void aMarkLostWithItsNodeMeansARedeliveryNotALoss(TestDatabase db) throws Exception {
    DataSource dataSource = db.newDataSource("wb-crash");
    CuttableDataSource dying = new CuttableDataSource(dataSource);
    JdbcOutbox a = node(dying, "node-a", Duration.ofMillis(5));
    CommittingEvents events = Fixtures.placed(T0, List.of("kitchen", "email"), "o-1");
    a.transactional(c -> {}).commit(events);

    // node-a dies after the handler succeeded and before its mark reached the table.
    dying.cut();
    a.deliveryStore().delivered(events.deliveries().get(0));
    assertThrows(OutboxStoreException.class, a::flush);
    assertEquals(0, done(dataSource));

    clock.advance(LEASE.plusSeconds(1));
    List<String> redelivered = new ArrayList<>();
    JdbcOutbox b = node(dataSource, "node-b", SLOW);
    int handed =
        b.relay(
                TestPort.of(
                    (d, attempt) -> {
                      redelivered.add(d.routeId() + "#" + attempt);
                      b.deliveryStore().delivered(d);
                    }))
            .build()
            .poll();

    assertEquals(2, handed);
    assertEquals(List.of("email#1", "kitchen#1"), redelivered.stream().sorted().toList());
    assertEquals(2, done(dataSource));
    assertEquals(
        2,
        Fixtures.count(
            dataSource, "SELECT COUNT(*) FROM herald_deliveries WHERE claimed_by = 'node-b'"));
    // The dead node's last flush fails too; it does not pretend the mark was written.
    assertThrows(OutboxStoreException.class, a::close);
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void withoutWriteBehindEachMarkIsCommittedBeforeDeliveredReturns(TestDatabase db)
      throws Exception {
    DataSource dataSource = db.newDataSource("wb-off");
    JdbcOutbox a = node(dataSource, "node-a", Duration.ZERO);
    CommittingEvents events = Fixtures.placed(T0, List.of("kitchen", "email"), "o-1");
    a.transactional(c -> {}).commit(events);

    a.deliveryStore().delivered(events.deliveries().get(0));

    assertEquals(1, done(dataSource));
  }

  @Test
  void rejectsAnUnusableWriteBehind() {
    JdbcOutbox.Builder builder = JdbcOutbox.builder(TestDatabase.dataSource("jdbc:h2:mem:x"));
    IllegalArgumentException tooSlow =
        assertThrows(
            IllegalArgumentException.class,
            () -> builder.doneWriteBehind(Duration.ofSeconds(5), 100));
    assertEquals(
        "Invalid DONE write-behind delay PT5S: give 0 (off) up to 1 s", tooSlow.getMessage());
    assertThrows(
        IllegalArgumentException.class, () -> builder.doneWriteBehind(Duration.ofMillis(5), 0));
    assertThrows(
        IllegalArgumentException.class, () -> builder.doneWriteBehind(Duration.ofMillis(-1), 10));
  }
}
