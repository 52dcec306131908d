package dev.herald.jdbc.crash;

import dev.herald.jdbc.Inbox;
import dev.herald.jdbc.JdbcOutbox;
import dev.herald.jdbc.OutboxRelay;
import dev.herald.jdbc.support.Fixtures;
import dev.herald.jdbc.support.PizzaOrder;
import dev.herald.jdbc.support.TestDatabase;
import dev.herald.jdbc.support.TestHandlerTable;
import dev.herald.jdbc.support.TestPort;
import dev.herald.runtime.EventBus;
import dev.herald.runtime.EventContext;
import dev.herald.runtime.RetryPolicy;
import dev.herald.runtime.UnitOfWork;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * The service the crash test runs in a child JVM and kills: it commits orders in a loop (some
 * rolled back) with two AFTER_COMMIT handlers whose side effects go through the inbox, and reports
 * its counters on stdout. In drain mode it commits nothing and exits once every delivery is done.
 *
 * <p>Arguments: {@code <jdbc url> run|drain <run id>}.
 */
public final class CrashService {

  static final List<String> HANDLERS = List.of("kitchen", "billing");
  static final Duration LEASE = Duration.ofSeconds(1);
  static final int COMMITTERS = 3;

  private final AtomicLong committed = new AtomicLong();
  private final AtomicLong rolledBack = new AtomicLong();
  private final AtomicLong recovered = new AtomicLong();
  private final AtomicLong skipped = new AtomicLong();
  private final AtomicLong handedTwice = new AtomicLong();
  private final java.util.Set<String> handed = java.util.concurrent.ConcurrentHashMap.newKeySet();

  public static void main(String[] args) throws Exception {
    new CrashService().run(args[0], args[1], args[2]);
  }

  private void run(String url, String mode, String runId) throws Exception {
    long opening = System.nanoTime();
    DataSource dataSource = TestDatabase.dataSource(url);
    JdbcOutbox outbox = Fixtures.outbox(dataSource).nodeId("crash-" + runId).lease(LEASE).build();
    outbox.createSchema();
    // The first connection after a kill recovers the database (SQLite: replays its WAL).
    System.out.println("OPENED " + (System.nanoTime() - opening) / 1_000_000);
    Fixtures.execute(
        dataSource,
        "CREATE TABLE IF NOT EXISTS orders (id VARCHAR(100) PRIMARY KEY, pizzas INT NOT NULL)");
    // No key on purpose: a side effect applied twice shows up as two rows.
    Fixtures.execute(
        dataSource,
        "CREATE TABLE IF NOT EXISTS effects (handler VARCHAR(50) NOT NULL, event_id UUID NOT NULL,"
            + " order_id VARCHAR(100) NOT NULL)");
    // One row per handler call that got past the flaky check: calls of one delivery that were
    // interrupted by a kill (in the handler, or before it was marked done) show up as repeats.
    Fixtures.execute(
        dataSource,
        "CREATE TABLE IF NOT EXISTS handler_starts (handler VARCHAR(50) NOT NULL, event_id UUID NOT"
            + " NULL)");
    Inbox inbox = outbox.inbox();
    Map<String, TestHandlerTable.Handler> handlers = new LinkedHashMap<>();
    for (String handler : HANDLERS) {
      handlers.put(
          handler,
          (event, context) -> handle(dataSource, inbox, handler, event.orderId(), context));
    }
    EventBus bus =
        EventBus.builder(List.of(new TestHandlerTable(handlers)))
            .deliveryStore(outbox.deliveryStore())
            .retryPolicy(RetryPolicy.of(30, Duration.ofMillis(5), Duration.ofMillis(50)))
            .build();
    OutboxRelay relay =
        outbox
            .relay(
                TestPort.of(
                    (delivery, attempt) -> {
                      recovered.incrementAndGet();
                      // The relay must not take back a delivery this process still holds (leases
                      // are
                      // renewed).
                      if (!handed.add(delivery.envelope().eventId() + "/" + delivery.routeId())) {
                        handedTwice.incrementAndGet();
                      }
                      bus.deliveryPort().redeliver(delivery, attempt);
                    }))
            .pollInterval(Duration.ofMillis(200))
            .build()
            .start();
    Thread reporter =
        new Thread(
            () -> {
              while (true) {
                report();
                try {
                  Thread.sleep(50);
                } catch (InterruptedException e) {
                  return;
                }
              }
            });
    reporter.setDaemon(true);
    reporter.start();
    System.out.println("READY");
    System.out.flush();
    if (mode.equals("drain")) {
      drain(dataSource);
      relay.close();
      bus.shutdown(Duration.ofSeconds(5));
      report();
      System.out.println("DRAINED");
      System.out.flush();
      System.exit(0);
    }
    // Several committing threads, as a service has: with the bus's delivery threads, the DONE
    // marks' writer and the relay, the database sees concurrent commits all the time.
    List<Thread> committers = new java.util.ArrayList<>();
    for (int t = 1; t <= COMMITTERS; t++) {
      String prefix = runId + "-t" + t;
      Thread committer =
          new Thread(
              () -> {
                try {
                  commitForever(bus, outbox, prefix);
                } catch (Exception e) {
                  // Anything but the planned rollback fails the test (the parent reads this line).
                  System.out.println("FAILED " + e);
                  System.out.flush();
                  e.printStackTrace();
                  System.exit(3);
                }
              },
              "committer-" + t);
      committers.add(committer);
      committer.start();
    }
    for (Thread committer : committers) {
      committer.join();
    }
  }

  private void handle(
      DataSource dataSource, Inbox inbox, String handler, String orderId, EventContext context)
      throws Exception {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    if (random.nextInt(100) < 5) {
      throw new IllegalStateException(handler + " is flaky");
    }
    try (Connection connection = dataSource.getConnection();
        PreparedStatement start =
            connection.prepareStatement("INSERT INTO handler_starts VALUES (?, ?)")) {
      start.setString(1, handler);
      start.setObject(2, context.eventId());
      start.executeUpdate();
    }
    boolean ran =
        inbox.once(
            handler,
            context.eventId(),
            connection -> {
              try (PreparedStatement insert =
                  connection.prepareStatement("INSERT INTO effects VALUES (?, ?, ?)")) {
                insert.setString(1, handler);
                insert.setObject(2, context.eventId());
                insert.setString(3, orderId);
                insert.executeUpdate();
              }
              // Widen the window in which a kill lands in the middle of the handler's transaction.
              if (random.nextInt(4) == 0) {
                Thread.sleep(2);
              }
            });
    if (!ran) {
      skipped.incrementAndGet();
    }
  }

  private void commitForever(EventBus bus, JdbcOutbox outbox, String runId) throws Exception {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    for (long i = 1; ; i++) {
      boolean rollback = random.nextInt(10) == 0;
      String orderId = (rollback ? "rb-" : "o-") + runId + "-" + i;
      int pizzas = 1 + random.nextInt(4);
      try (UnitOfWork work = bus.unitOfWork()) {
        work.register(new PizzaOrder(orderId).place(pizzas));
        work.commit(
            outbox.transactional(
                connection -> {
                  insertOrder(connection, orderId, pizzas);
                  if (rollback) {
                    throw new IllegalStateException("customer changed their mind");
                  }
                }));
        committed.incrementAndGet();
      } catch (IllegalStateException expected) {
        rolledBack.incrementAndGet();
      }
      if (i % 4 == 0) {
        Thread.sleep(1);
      }
    }
  }

  private static void insertOrder(Connection connection, String id, int pizzas) throws Exception {
    try (PreparedStatement insert =
        connection.prepareStatement("INSERT INTO orders VALUES (?, ?)")) {
      insert.setString(1, id);
      insert.setInt(2, pizzas);
      insert.executeUpdate();
    }
  }

  private static void drain(DataSource dataSource) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
    while (Fixtures.count(
            dataSource, "SELECT COUNT(*) FROM herald_deliveries WHERE status <> 'DONE'")
        > 0) {
      if (System.nanoTime() > deadline) {
        System.out.println("NOT DRAINED");
        System.out.flush();
        System.exit(2);
      }
      Thread.sleep(50);
    }
  }

  private synchronized void report() {
    System.out.println(
        "PROGRESS "
            + committed.get()
            + " "
            + rolledBack.get()
            + " "
            + recovered.get()
            + " "
            + skipped.get()
            + " "
            + handedTwice.get());
    System.out.flush();
  }
}
