package dev.herald.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.jdbc.support.Fixtures;
import dev.herald.jdbc.support.PizzaOrder;
import dev.herald.jdbc.support.TestDatabase;
import dev.herald.jdbc.support.TestHandlerTable;
import dev.herald.runtime.DeadLetter;
import dev.herald.runtime.EventBus;
import dev.herald.runtime.RetryPolicy;
import dev.herald.runtime.UnitOfWork;
import dev.herald.runtime.spi.CommittingEvents;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The outbox wired into a real EventBus: commit, delivery, retries, dead letters, restarts. */
class BusIntegrationTest {

  private static final RetryPolicy QUICK =
      RetryPolicy.of(3, Duration.ofMillis(5), Duration.ofMillis(20));

  /** One running service: an outbox and a bus over it. */
  private record Node(JdbcOutbox outbox, EventBus bus) {}

  private static Node node(
      DataSource dataSource,
      String nodeId,
      Duration lease,
      Map<String, TestHandlerTable.Handler> handlers) {
    JdbcOutbox outbox = Fixtures.outbox(dataSource).nodeId(nodeId).lease(lease).build();
    outbox.createSchema();
    EventBus bus =
        EventBus.builder(List.of(new TestHandlerTable(handlers)))
            .deliveryStore(outbox.deliveryStore())
            .retryPolicy(QUICK)
            .build();
    return new Node(outbox, bus);
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void commitDeliversAtOnceRetriesDeadLettersAndRedrivesAfterARestart(TestDatabase db)
      throws Exception {
    DataSource dataSource = db.newDataSource("bus");
    Fixtures.createOrdersTable(dataSource);
    List<String> kitchen = new CopyOnWriteArrayList<>();
    AtomicBoolean mailServerUp = new AtomicBoolean(false);
    Node first =
        node(
            dataSource,
            "node-1",
            Duration.ofMinutes(5),
            Map.of(
                "kitchen", (event, context) -> kitchen.add(event.orderId()),
                "email",
                    (event, context) -> {
                      if (!mailServerUp.get()) {
                        throw new IllegalStateException(
                            "smtp down (attempt " + context.attempt() + ")");
                      }
                    }));

    CommittingEvents committed;
    try (UnitOfWork work = first.bus().unitOfWork()) {
      PizzaOrder order = work.register(new PizzaOrder("o-1").place(3));
      committed =
          work.commit(first.outbox().transactional(c -> Fixtures.insertOrder(c, order.id(), 3)));
    }
    UUID eventId = committed.events().get(0).eventId();
    assertTrue(first.bus().awaitIdle(Duration.ofSeconds(10)));

    // Delivered at once (no poll ran), kitchen done; e-mail retried 3 times then parked in the
    // table.
    assertEquals(List.of("o-1"), kitchen);
    assertEquals("DONE", Fixtures.status(dataSource, first.outbox(), eventId, "kitchen"));
    assertEquals("DEAD", Fixtures.status(dataSource, first.outbox(), eventId, "email"));
    assertEquals(
        "3",
        Fixtures.string(
            dataSource, "SELECT attempts FROM herald_deliveries WHERE route_id = 'email'"));
    assertTrue(
        Fixtures.string(
                dataSource, "SELECT last_error FROM herald_deliveries WHERE route_id = 'email'")
            .contains("smtp down"));
    first.bus().shutdown(Duration.ofSeconds(5));

    // Restart: a new outbox and bus over the same database, and the mail server is back.
    mailServerUp.set(true);
    List<String> mailed = new CopyOnWriteArrayList<>();
    Node second =
        node(
            dataSource,
            "node-2",
            Duration.ofMinutes(5),
            Map.of(
                "kitchen", (event, context) -> kitchen.add(event.orderId()),
                "email",
                    (event, context) -> mailed.add(event.orderId() + "#" + context.attempt())));
    List<DeadLetter> parked = second.bus().deadLetters();
    assertEquals(1, parked.size());
    assertEquals("email", parked.get(0).delivery().routeId());

    boolean redriven =
        second.bus().redrive(eventId, "email").toCompletableFuture().get(10, TimeUnit.SECONDS);

    assertTrue(redriven);
    assertEquals(List.of("o-1#4"), mailed);
    assertEquals("DONE", Fixtures.status(dataSource, second.outbox(), eventId, "email"));
    assertTrue(second.bus().deadLetters().isEmpty());
    assertEquals(List.of("o-1"), kitchen, "kitchen must not get the event again");
    second.bus().shutdown(Duration.ofSeconds(5));
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void relayDeliversWhatADeadNodeCommittedThroughTheBus(TestDatabase db) throws Exception {
    DataSource dataSource = db.newDataSource("recover");
    // A node commits and dies before delivering: only its rows remain, claimed for 300 ms.
    JdbcOutbox dead =
        Fixtures.outbox(dataSource).nodeId("dead").lease(Duration.ofMillis(300)).build();
    dead.createSchema();
    dead.transactional(c -> {}).commit(new PizzaOrderEvents().of("o-1", "o-2"));

    List<String> seen = new CopyOnWriteArrayList<>();
    Node survivor =
        node(
            dataSource,
            "survivor",
            Duration.ofSeconds(30),
            Map.of(
                "kitchen", (event, context) -> seen.add("kitchen:" + event.orderId()),
                "email", (event, context) -> seen.add("email:" + event.orderId())));
    OutboxRelay relay =
        survivor.outbox().relay(survivor.bus()).pollInterval(Duration.ofMillis(50)).build().start();
    try {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (Fixtures.count(
                  dataSource, "SELECT COUNT(*) FROM herald_deliveries WHERE status = 'DONE'")
              < 4
          && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
    } finally {
      relay.close();
      survivor.bus().shutdown(Duration.ofSeconds(5));
    }
    assertEquals(
        4,
        Fixtures.count(dataSource, "SELECT COUNT(*) FROM herald_deliveries WHERE status = 'DONE'"));
    assertEquals(4, seen.size());
    assertTrue(
        seen.containsAll(List.of("kitchen:o-1", "kitchen:o-2", "email:o-1", "email:o-2")),
        seen.toString());
  }

  /**
   * Commits of PizzaOrder events without a bus, as a node that died right after its commit left
   * them.
   */
  private static final class PizzaOrderEvents {
    CommittingEvents of(String... orderIds) {
      return Fixtures.placed(java.time.Instant.now(), List.of("kitchen", "email"), orderIds);
    }
  }
}
