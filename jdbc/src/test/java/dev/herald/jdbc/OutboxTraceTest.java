package dev.herald.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.jdbc.support.Fixtures;
import dev.herald.jdbc.support.MutableClock;
import dev.herald.jdbc.support.PizzaTab;
import dev.herald.jdbc.support.TestDatabase;
import dev.herald.jdbc.support.TestHandlerTable;
import dev.herald.runtime.DeadLetter;
import dev.herald.runtime.EventBus;
import dev.herald.runtime.spi.CommittingEvents;
import dev.herald.runtime.spi.Delivery;
import dev.herald.runtime.spi.EventEnvelope;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The trace an event was committed in is stored in its outbox row, so that what reads the row back
 * (a relay after a crash, the dead letters, the event store) continues that trace.
 */
class OutboxTraceTest {

  private static final String TRACE = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
  private static final Instant T0 = Instant.parse("2026-01-01T12:00:00Z");
  private static final Duration LEASE = Duration.ofSeconds(30);

  private final MutableClock clock = new MutableClock(T0);

  private JdbcOutbox node(DataSource dataSource, String nodeId) {
    return Fixtures.node(dataSource, nodeId, clock, LEASE);
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void aRelayedDeliveryReachesItsHandlerInTheTraceItWasCommittedIn(TestDatabase db)
      throws Exception {
    DataSource dataSource = db.newDataSource("trace-relay");
    // A node commits three events and dies before delivering them: one traced, one committed
    // without a trace, and one whose stored trace got garbled.
    CommittingEvents committed =
        Fixtures.placed(T0, List.of("kitchen"), "o-traced", "o-untraced", "o-garbled");
    committed.events().get(0).attachTrace(TRACE);
    committed.events().get(2).attachTrace(TRACE);
    node(dataSource, "dead").transactional(c -> {}).commit(committed);
    assertEquals(TRACE, traceOf(dataSource, "o-traced"));
    assertNull(traceOf(dataSource, "o-untraced"));
    Fixtures.execute(
        dataSource,
        "UPDATE herald_events SET traceparent = 'not-a-trace' WHERE aggregate_id = 'o-garbled'");

    clock.advance(LEASE.plusSeconds(1));
    Map<String, String> seen = new ConcurrentHashMap<>();
    JdbcOutbox survivor = node(dataSource, "survivor");
    TestHandlerTable.Handler kitchen =
        (event, context) -> seen.put(event.orderId(), String.valueOf(context.traceparent()));
    EventBus bus =
        EventBus.builder(List.of(new TestHandlerTable(Map.of("kitchen", kitchen))))
            .deliveryStore(survivor.deliveryStore())
            .build();
    try {
      assertEquals(3, survivor.relay(bus).build().poll());
      assertTrue(bus.awaitIdle(Duration.ofSeconds(10)));
    } finally {
      bus.shutdown(Duration.ofSeconds(5));
    }

    // An ill-formed stored trace is dropped, never a reason to refuse the event.
    assertEquals(Map.of("o-traced", TRACE, "o-untraced", "null", "o-garbled", "null"), seen);
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void deadLettersAndARedriveKeepTheTrace(TestDatabase db) throws Exception {
    DataSource dataSource = db.newDataSource("trace-dead");
    JdbcOutbox outbox = node(dataSource, "node-a");
    CommittingEvents committed = Fixtures.placed(T0, List.of("email"), "o-1");
    committed.events().get(0).attachTrace(TRACE);
    outbox.transactional(c -> {}).commit(committed);
    Delivery email = committed.deliveries().get(0);
    outbox
        .deliveryStore()
        .deadLettered(new DeadLetter(email, 3, "java.io.IOException", "down", T0));

    JdbcOutbox restarted = node(dataSource, "node-b");
    List<DeadLetter> parked = restarted.deliveryStore().deadLetters();
    assertEquals(1, parked.size());
    assertEquals(TRACE, parked.get(0).delivery().envelope().traceparent());
    DeadLetter taken =
        restarted.deliveryStore().takeDeadLetter(email.envelope().eventId(), "email").orElseThrow();
    assertEquals(TRACE, taken.delivery().envelope().traceparent());
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void anEventSourcedStreamReadsBackTheTraceOfEachAppend(TestDatabase db) throws Exception {
    DataSource dataSource = db.newDataSource("trace-stream");
    EventSourcedRepository<PizzaTab> tabs = EventStoreTest.tabs(node(dataSource, "node-a"));
    PizzaTab tab = tabs.load("t-1").add("margherita", 800);
    tab.uncommittedEvents().forEach(event -> event.attachTrace(TRACE));
    EventStoreTest.save(tabs, tab);
    EventStoreTest.save(tabs, tabs.load("t-1").pay());

    List<EventEnvelope> history = tabs.history("t-1");
    assertEquals(2, history.size());
    assertEquals(TRACE, history.get(0).traceparent());
    assertNull(history.get(1).traceparent());
  }

  private static String traceOf(DataSource dataSource, String orderId) throws Exception {
    return Fixtures.string(
        dataSource, "SELECT traceparent FROM herald_events WHERE aggregate_id = '" + orderId + "'");
  }
}
