package dev.herald.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.jdbc.support.Fixtures;
import dev.herald.jdbc.support.MutableClock;
import dev.herald.jdbc.support.OrderPlaced;
import dev.herald.jdbc.support.TestDatabase;
import dev.herald.jdbc.support.TestPort;
import dev.herald.runtime.DeadLetter;
import dev.herald.runtime.generated.EventDecodingException;
import dev.herald.runtime.spi.CommittingEvents;
import dev.herald.runtime.spi.Delivery;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Recovery: what the relay claims, when, for how long, and what it does with unreadable rows. */
class RelayTest {

  private static final Instant T0 = Instant.parse("2026-01-01T12:00:00Z");
  private static final Duration LEASE = Duration.ofSeconds(30);

  private final MutableClock clock = new MutableClock(T0);

  /** What a relay handed over, with the attempt number. */
  private record Handed(Delivery delivery, int attempt) {}

  private JdbcOutbox node(DataSource dataSource, String nodeId) {
    return Fixtures.node(dataSource, nodeId, clock, LEASE);
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void otherNodesLeaveFreshDeliveriesAloneUntilTheLeaseEnds(TestDatabase db) throws Exception {
    DataSource dataSource = db.newDataSource("lease");
    JdbcOutbox a = node(dataSource, "node-a");
    JdbcOutbox b = node(dataSource, "node-b");
    CommittingEvents events = Fixtures.placed(T0, List.of("kitchen", "email"), "o-1", "o-2");
    a.transactional(c -> {}).commit(events);
    List<Handed> handed = new ArrayList<>();
    OutboxRelay relayB =
        b.relay(TestPort.of((d, attempt) -> handed.add(new Handed(d, attempt)))).build();

    clock.advance(LEASE.minusSeconds(1));
    assertEquals(0, relayB.poll());

    clock.advance(Duration.ofSeconds(1));
    assertEquals(4, relayB.poll());

    // In commit order, event by event, with the decoded event and attempt 1.
    List<String> order =
        handed.stream()
            .map(
                h ->
                    ((OrderPlaced) h.delivery().envelope().event()).orderId()
                        + "/"
                        + h.delivery().routeId())
            .toList();
    assertEquals(List.of("o-1/email", "o-1/kitchen", "o-2/email", "o-2/kitchen"), order);
    assertTrue(handed.stream().allMatch(h -> h.attempt() == 1));
    assertEquals(
        4,
        Fixtures.count(
            dataSource, "SELECT COUNT(*) FROM herald_deliveries WHERE claimed_by = 'node-b'"));
    // Claimed now by node-b: a second poll, even by another relay, finds nothing.
    assertEquals(0, relayB.poll());
    assertEquals(
        0, node(dataSource, "node-c").relay(TestPort.of((d, attempt) -> {})).build().poll());
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void doneDeliveriesAreNeverRecoveredAndRetriesContinueTheirCount(TestDatabase db)
      throws Exception {
    DataSource dataSource = db.newDataSource("done");
    JdbcOutbox a = node(dataSource, "node-a");
    CommittingEvents events = Fixtures.placed(T0, List.of("kitchen", "email"), "o-1");
    a.transactional(c -> {}).commit(events);
    a.deliveryStore().delivered(events.deliveries().get(0));
    a.flush();
    a.deliveryStore()
        .retrying(events.deliveries().get(1), 2, new RuntimeException("smtp"), T0.plusSeconds(5));

    clock.advance(Duration.ofMinutes(5));
    List<Handed> handed = new ArrayList<>();
    node(dataSource, "node-b")
        .relay(TestPort.of((d, attempt) -> handed.add(new Handed(d, attempt))))
        .build()
        .poll();

    assertEquals(1, handed.size());
    assertEquals("email", handed.get(0).delivery().routeId());
    assertEquals(3, handed.get(0).attempt());
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void stopsClaimingWhileTooManyOfItsDeliveriesAreUnsettled(TestDatabase db) throws Exception {
    DataSource dataSource = db.newDataSource("inflight");
    JdbcOutbox dead = node(dataSource, "dead");
    dead.transactional(c -> {})
        .commit(Fixtures.placed(T0, List.of("kitchen"), "o-1", "o-2", "o-3", "o-4", "o-5"));
    clock.advance(LEASE.plusSeconds(1));
    JdbcOutbox b = node(dataSource, "node-b");
    List<Delivery> handed = new ArrayList<>();
    OutboxRelay relay =
        b.relay(TestPort.of((d, attempt) -> handed.add(d))).batchSize(1).maxInFlight(2).build();

    assertEquals(2, relay.poll());
    assertEquals(0, relay.poll());
    handed.forEach(b.deliveryStore()::delivered);
    assertEquals(2, relay.poll());
    assertEquals(4, handed.size());
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void renewsTheLeasesOfItsOwnSlowDeliveries(TestDatabase db) throws Exception {
    DataSource dataSource = db.newDataSource("renew");
    JdbcOutbox a = node(dataSource, "node-a");
    JdbcOutbox b = node(dataSource, "node-b");
    a.transactional(c -> {}).commit(Fixtures.placed(T0, List.of("kitchen"), "o-1"));
    OutboxRelay relayA = a.relay(TestPort.of((d, attempt) -> {})).build();
    OutboxRelay relayB = b.relay(TestPort.of((d, attempt) -> {})).build();

    for (int i = 0; i < 6; i++) {
      clock.advance(Duration.ofSeconds(20));
      relayA.poll(); // node-a is alive and still delivering: it renews
      assertEquals(0, relayB.poll(), "node-b took over a live node's delivery at step " + i);
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void unknownTypeAndBrokenJsonBecomeDeadLettersAndTheRelayGoesOn(TestDatabase db)
      throws Exception {
    DataSource dataSource = db.newDataSource("corrupt");
    JdbcOutbox a = node(dataSource, "node-a");
    UUID renamed = insertRaw(dataSource, "test.OrderRenamed", "{\"orderId\":\"o-1\"}");
    UUID broken = insertRaw(dataSource, "test.OrderPlaced", "{\"orderId\":\"o-2\",\"pizzas\":");
    UUID good = insertRaw(dataSource, "test.OrderPlaced", "{\"orderId\":\"o-3\",\"pizzas\":1}");
    List<Handed> handed = new ArrayList<>();

    int count =
        a.relay(TestPort.of((d, attempt) -> handed.add(new Handed(d, attempt)))).build().poll();

    assertEquals(1, count);
    assertEquals(good, handed.get(0).delivery().envelope().eventId());
    assertEquals(new OrderPlaced("o-3", 1), handed.get(0).delivery().envelope().event());
    List<DeadLetter> dead = a.deliveryStore().deadLetters();
    assertEquals(2, dead.size());
    DeadLetter unknown =
        dead.stream()
            .filter(l -> l.delivery().envelope().eventId().equals(renamed))
            .findFirst()
            .orElseThrow();
    assertEquals(EventDecodingException.class.getName(), unknown.failureType());
    assertTrue(
        unknown.failureMessage().contains("Unknown event type 'test.OrderRenamed'"),
        unknown.failureMessage());
    UndecodableEvent stored =
        assertInstanceOf(UndecodableEvent.class, unknown.delivery().envelope().event());
    assertEquals("test.OrderRenamed", stored.typeName());
    DeadLetter corrupt =
        dead.stream()
            .filter(l -> l.delivery().envelope().eventId().equals(broken))
            .findFirst()
            .orElseThrow();
    assertTrue(
        corrupt.failureMessage().contains("test.OrderPlaced")
            && corrupt.failureMessage().contains("JSON"),
        corrupt.failureMessage());
    // Redriving it while it still cannot be decoded says why, and leaves it parked.
    EventDecodingException refused =
        assertThrows(
            EventDecodingException.class,
            () -> a.deliveryStore().takeDeadLetter(renamed, "kitchen"));
    assertTrue(refused.getMessage().contains("test.OrderRenamed"), refused.getMessage());
    assertEquals(2, a.deliveryStore().deadLetters().size());
  }

  /** Writes an event row as an older version (or a corruption) might have left it, unclaimed. */
  private static UUID insertRaw(DataSource dataSource, String type, String payload)
      throws Exception {
    UUID id = UUID.randomUUID();
    Object at = Fixtures.storedInstant(dataSource, T0);
    Fixtures.insertStoredRow(
        dataSource, Fixtures.storedUuid(dataSource, id), type, payload, at, at);
    return id;
  }
}
