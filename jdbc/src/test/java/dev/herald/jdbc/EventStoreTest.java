package dev.herald.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.jdbc.support.Fixtures;
import dev.herald.jdbc.support.OrderPlaced;
import dev.herald.jdbc.support.PizzaTab;
import dev.herald.jdbc.support.TabEvent;
import dev.herald.jdbc.support.TabSnapshots;
import dev.herald.jdbc.support.TestDatabase;
import dev.herald.runtime.spi.CommittingEvents;
import dev.herald.runtime.spi.Delivery;
import dev.herald.runtime.spi.EventEnvelope;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Event-sourced streams: append and load, optimistic concurrency, snapshots, atomic commits. */
class EventStoreTest {

  private static JdbcOutbox outbox(DataSource dataSource) {
    JdbcOutbox outbox = Fixtures.outbox(dataSource).nodeId("node-a").build();
    outbox.createSchema();
    return outbox;
  }

  static EventSourcedRepository<PizzaTab> tabs(JdbcOutbox outbox) {
    return outbox.eventStore().repository(PizzaTab.class, PizzaTab::new).build();
  }

  /** The tab's new events, each owed to the "kitchen" route, plus any extra events. */
  static CommittingEvents committing(PizzaTab tab, EventEnvelope... extra) {
    List<EventEnvelope> events = new ArrayList<>(tab.uncommittedEvents());
    events.addAll(List.of(extra));
    List<Delivery> deliveries = new ArrayList<>();
    for (EventEnvelope event : events) {
      deliveries.add(new Delivery(event, "kitchen"));
    }
    return new CommittingEvents(events, deliveries);
  }

  static void save(EventSourcedRepository<PizzaTab> tabs, PizzaTab tab) throws Exception {
    tabs.saving(tab).commit(committing(tab));
    tab.markCommitted();
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void appendedEventsLoadBackInOrder(TestDatabase db) throws Exception {
    DataSource dataSource = db.newDataSource("es-load");
    JdbcOutbox outbox = outbox(dataSource);
    EventSourcedRepository<PizzaTab> tabs = tabs(outbox);

    assertTrue(tabs.find("t-1").isEmpty());
    PizzaTab tab = tabs.load("t-1");
    assertEquals(0, tab.version());
    save(tabs, tab.add("margherita", 800).add("diavola", 950));
    PizzaTab again = tabs.load("t-1");
    save(tabs, again.add("marinara", 700));
    save(tabs, tabs.load("t-1").pay());

    PizzaTab loaded = tabs.find("t-1").orElseThrow();
    assertEquals(4, loaded.version());
    assertEquals(2450, loaded.cents());
    assertEquals(3, loaded.pizzas());
    assertTrue(loaded.paid());
    assertEquals(4, outbox.eventStore().version("PizzaTab", "t-1"));
    List<EventEnvelope> history = tabs.history("t-1");
    assertEquals(List.of(1L, 2L, 3L, 4L), history.stream().map(EventEnvelope::sequence).toList());
    assertEquals(new TabEvent.PizzaAdded("t-1", "margherita", 800), history.get(0).event());
    assertEquals(new TabEvent.TabPaid("t-1", 2450), history.get(3).event());
    // Every appended event got its outbox delivery in the same commit.
    assertEquals(4, Fixtures.count(dataSource, "SELECT COUNT(*) FROM herald_deliveries"));
    assertEquals(0, outbox.eventStore().version("PizzaTab", "t-2"));
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void concurrentAppendIsRefusedNamingAggregateAndBothVersionsAndWritesNothing(TestDatabase db)
      throws Exception {
    DataSource dataSource = db.newDataSource("es-conflict");
    Fixtures.createOrdersTable(dataSource);
    JdbcOutbox outbox = outbox(dataSource);
    EventSourcedRepository<PizzaTab> tabs = tabs(outbox);
    save(tabs, tabs.load("t-1").add("margherita", 800).add("diavola", 950));

    PizzaTab first = tabs.load("t-1");
    PizzaTab second = tabs.load("t-1");
    save(tabs, first.add("marinara", 700));
    second.add("capricciosa", 1100);
    EventEnvelope other =
        new EventEnvelope(
            UUID.randomUUID(), "Order", "o-9", 1, Instant.now(), new OrderPlaced("o-9", 1));

    ConcurrentAppendException conflict =
        assertThrows(
            ConcurrentAppendException.class,
            () ->
                tabs.saving(second, c -> Fixtures.insertOrder(c, "o-9", 1))
                    .commit(committing(second, other)));

    assertEquals("PizzaTab", conflict.aggregateType());
    assertEquals("t-1", conflict.aggregateId());
    assertEquals(2, conflict.expectedVersion());
    assertEquals(3, conflict.actualVersion());
    assertTrue(
        conflict.getMessage().contains("PizzaTab t-1")
            && conflict.getMessage().contains("loaded at version 2")
            && conflict.getMessage().contains("at version 3"),
        conflict.getMessage());
    // Nothing of the losing unit of work: not its event, not the other event, no delivery, not
    // the application's own row.
    assertEquals(3, Fixtures.count(dataSource, "SELECT COUNT(*) FROM herald_events"));
    assertEquals(3, Fixtures.count(dataSource, "SELECT COUNT(*) FROM herald_deliveries"));
    assertEquals(0, Fixtures.count(dataSource, "SELECT COUNT(*) FROM orders"));
    assertEquals(800 + 950 + 700, tabs.load("t-1").cents());

    // Loaded again, the command succeeds.
    save(tabs, tabs.load("t-1").add("capricciosa", 1100));
    assertEquals(4, outbox.eventStore().version("PizzaTab", "t-1"));
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void aFailedCommitLeavesNeitherEventsNorDeliveries(TestDatabase db) throws Exception {
    DataSource dataSource = db.newDataSource("es-atomic");
    JdbcOutbox outbox = outbox(dataSource);
    EventSourcedRepository<PizzaTab> tabs = tabs(outbox);
    save(tabs, tabs.load("t-1").add("margherita", 800));
    EventEnvelope stored = tabs.history("t-1").get(0);

    // The tab's new event is written first, then an event whose id is already stored is refused.
    PizzaTab tab = tabs.load("t-1").add("diavola", 950);
    EventEnvelope duplicate =
        new EventEnvelope(
            stored.eventId(), "Order", "o-1", 1, Instant.now(), new OrderPlaced("o-1", 1));
    Exception failure =
        assertThrows(Exception.class, () -> tabs.saving(tab).commit(committing(tab, duplicate)));

    assertFalse(failure instanceof ConcurrentAppendException, failure.toString());
    assertEquals(1, Fixtures.count(dataSource, "SELECT COUNT(*) FROM herald_events"));
    assertEquals(1, Fixtures.count(dataSource, "SELECT COUNT(*) FROM herald_deliveries"));
    assertEquals(1, outbox.eventStore().version("PizzaTab", "t-1"));
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void snapshotsShortenLoadingAndAStaleRevisionIsIgnored(TestDatabase db) throws Exception {
    DataSource dataSource = db.newDataSource("es-snapshot");
    JdbcOutbox outbox = outbox(dataSource);
    TabSnapshots snapshots = new TabSnapshots();
    EventSourcedRepository<PizzaTab> tabs =
        outbox
            .eventStore()
            .repository(PizzaTab.class, PizzaTab::new)
            .snapshots(3, snapshots)
            .build();
    for (int i = 0; i < 7; i++) {
      save(tabs, tabs.load("t-1").add("pizza-" + i, 100 + i));
    }

    // Appends crossed 3 and 6: the latest snapshot is at version 6.
    assertEquals(
        "6",
        Fixtures.string(
            dataSource, "SELECT version FROM herald_snapshots WHERE aggregate_id = 't-1'"));
    assertEquals(
        "615,6,false",
        Fixtures.string(
            dataSource, "SELECT state FROM herald_snapshots WHERE aggregate_id = 't-1'"));
    int reads = snapshots.reads.get();
    PizzaTab loaded = tabs.load("t-1");
    assertEquals(reads + 1, snapshots.reads.get());
    assertEquals(7, loaded.version());
    assertEquals(7, loaded.pizzas());
    assertEquals(100 * 7 + 21, loaded.cents());

    // A snapshot of another revision is ignored: the tab is replayed from its first event.
    Fixtures.execute(dataSource, "UPDATE herald_snapshots SET revision = 'tab-0', state = 'junk'");
    PizzaTab replayed = tabs.load("t-1");
    assertEquals(reads + 1, snapshots.reads.get());
    assertEquals(loaded.cents(), replayed.cents());
    assertEquals(7, replayed.version());
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void aGapOrAnUnreadableEventIsALoadErrorNamingAggregateAndPosition(TestDatabase db)
      throws Exception {
    DataSource dataSource = db.newDataSource("es-gap");
    JdbcOutbox outbox = outbox(dataSource);
    EventSourcedRepository<PizzaTab> tabs = tabs(outbox);
    save(tabs, tabs.load("t-1").add("a", 1).add("b", 2).add("c", 3));

    Fixtures.execute(
        dataSource, "UPDATE herald_events SET payload = '{\"tab\":7}' WHERE stream_sequence = 3");
    EventStreamException unreadable =
        assertThrows(EventStreamException.class, () -> tabs.load("t-1"));
    assertEquals(3, unreadable.position());
    assertTrue(
        unreadable.getMessage().contains("Event #3 of PizzaTab t-1"), unreadable.getMessage());

    deleteEvent(dataSource, 2);
    EventStreamException gap = assertThrows(EventStreamException.class, () -> tabs.load("t-1"));
    assertEquals("t-1", gap.aggregateId());
    assertEquals(2, gap.position());
    assertTrue(gap.getMessage().contains("gap: event #2 is missing"), gap.getMessage());
  }

  private static void deleteEvent(DataSource dataSource, int position) throws SQLException {
    Fixtures.execute(
        dataSource,
        "DELETE FROM herald_deliveries WHERE event_id IN (SELECT event_id FROM herald_events"
            + " WHERE stream_sequence = "
            + position
            + ")");
    Fixtures.execute(dataSource, "DELETE FROM herald_events WHERE stream_sequence = " + position);
  }
}
