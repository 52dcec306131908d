package dev.herald.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.jdbc.support.Fixtures;
import dev.herald.jdbc.support.MutableClock;
import dev.herald.jdbc.support.TestDatabase;
import dev.herald.jdbc.support.TestPort;
import dev.herald.runtime.spi.CommittingEvents;
import dev.herald.runtime.spi.Delivery;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Two relays on one database, racing over the same expired deliveries, never claim one twice. */
class ConcurrentRelayTest {

  private static final int EVENTS = 1500;
  private static final List<String> ROUTES = List.of("kitchen", "email");

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void everyDeliveryIsClaimedByExactlyOneRelay(TestDatabase db) throws Exception {
    DataSource dataSource = db.newDataSource("race");
    MutableClock clock = new MutableClock(Instant.parse("2026-01-01T12:00:00Z"));
    Duration lease = Duration.ofMinutes(10);
    JdbcOutbox crashed =
        Fixtures.outbox(dataSource).nodeId("crashed").clock(clock).lease(lease).build();
    crashed.createSchema();
    for (int from = 0; from < EVENTS; from += 100) {
      String[] ids = new String[100];
      for (int i = 0; i < ids.length; i++) {
        ids[i] = "o-" + (from + i);
      }
      CommittingEvents events = Fixtures.placed(clock.instant(), ROUTES, ids);
      crashed.transactional(c -> {}).commit(events);
    }
    clock.advance(lease.plusSeconds(1));

    Map<String, String> owner = new ConcurrentHashMap<>();
    AtomicInteger doubleClaims = new AtomicInteger();
    List<String> nodes = List.of("node-b", "node-c");
    Map<String, AtomicInteger> perNode = new ConcurrentHashMap<>();
    ExecutorService pool = Executors.newFixedThreadPool(nodes.size());
    CountDownLatch start = new CountDownLatch(1);
    List<Future<?>> runs = new ArrayList<>();
    List<JdbcOutbox> outboxes = new ArrayList<>();
    for (String node : nodes) {
      JdbcOutbox outbox =
          Fixtures.outbox(dataSource).nodeId(node).clock(clock).lease(lease).build();
      outboxes.add(outbox);
      perNode.put(node, new AtomicInteger());
      OutboxRelay relay =
          outbox
              .relay(
                  TestPort.of(
                      (Delivery d, int attempt) -> {
                        String key = d.envelope().eventId() + "/" + d.routeId();
                        if (owner.putIfAbsent(key, node) != null) {
                          doubleClaims.incrementAndGet();
                        }
                        perNode.get(node).incrementAndGet();
                        outbox.deliveryStore().delivered(d);
                      }))
              .batchSize(25)
              .build();
      runs.add(
          pool.submit(
              () -> {
                start.await();
                int empty = 0;
                // Both relays keep polling until neither finds anything for a few rounds.
                while (empty < 3) {
                  empty = relay.pollOnce() == 0 ? empty + 1 : 0;
                }
                return null;
              }));
    }
    start.countDown();
    for (Future<?> run : runs) {
      run.get();
    }
    pool.shutdown();
    // DONE marks are written behind (their leases kept the other relay away meanwhile).
    outboxes.forEach(JdbcOutbox::close);

    System.out.printf(
        "[%s] concurrent relays: %s claims, %d claimed twice%n", db, perNode, doubleClaims.get());
    assertEquals(0, doubleClaims.get());
    assertEquals(EVENTS * ROUTES.size(), owner.size());
    assertEquals(
        EVENTS * ROUTES.size(),
        Fixtures.count(dataSource, "SELECT COUNT(*) FROM herald_deliveries WHERE status = 'DONE'"));
    assertTrue(
        perNode.values().stream().mapToInt(AtomicInteger::get).sum() == EVENTS * ROUTES.size());
  }
}
