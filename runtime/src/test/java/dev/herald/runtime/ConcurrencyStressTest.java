package dev.herald.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.runtime.Shop.Order;
import dev.herald.runtime.ShopEvents.Step;
import dev.herald.runtime.generated.HandlerTable;
import dev.herald.runtime.spi.Delivery;
import dev.herald.runtime.spi.DeliveryListener;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.api.Test;

/**
 * Several publisher threads commit steps of many aggregates while handlers on a multi-thread
 * executor fail transiently; afterwards every route must have seen every event exactly once, each
 * aggregate's events in sequence order.
 */
class ConcurrencyStressTest {

  private static final int PUBLISHERS = 4;
  private static final int DELIVERY_THREADS = 4;
  private static final int AGGREGATES_PER_PUBLISHER = 250;
  private static final int COMMITS_PER_PUBLISHER = 25_000;
  private static final String SUBSCRIBER = "stress-subscriber";

  /** Per route and aggregate, the last step delivered; a lane runs one delivery at a time. */
  private final Map<String, Map<String, long[]>> lastStep = new ConcurrentHashMap<>();

  private final ConcurrentLinkedQueue<String> violations = new ConcurrentLinkedQueue<>();
  private final LongAdder delivered = new LongAdder();
  private final LongAdder injectedFailures = new LongAdder();

  @Test
  void noEventIsLostAndEveryRouteKeepsEachAggregatesOrder() throws Exception {
    Shop shop = new Shop();
    shop.ledger.journaling = false;
    shop.audit.journaling = false;
    shop.ledger.behavior =
        (event, context) -> check(ShopHandlerTable.LEDGER, (Step) event, context);
    shop.audit.behavior = (event, context) -> check(ShopHandlerTable.AUDIT, (Step) event, context);
    ExecutorService pool = Executors.newFixedThreadPool(DELIVERY_THREADS);
    AtomicLong failedAttempts = new AtomicLong();
    EventBus bus =
        shop.bus()
            .executor(pool)
            .retryPolicy(RetryPolicy.of(6, Duration.ofMillis(1), Duration.ofMillis(5)))
            .subscribe(
                SUBSCRIBER, Step.class, (event, context) -> check(SUBSCRIBER, event, context))
            .listener(
                new DeliveryListener() {
                  @Override
                  public void failed(
                      Delivery delivery, int attempt, Throwable failure, Duration retryIn) {
                    failedAttempts.incrementAndGet();
                  }
                })
            .build();

    long start = System.nanoTime();
    CountDownLatch go = new CountDownLatch(1);
    List<Thread> publishers = new ArrayList<>();
    List<List<Order>> owned = new ArrayList<>();
    AtomicLong events = new AtomicLong();
    for (int p = 0; p < PUBLISHERS; p++) {
      List<Order> orders = new ArrayList<>();
      for (int a = 0; a < AGGREGATES_PER_PUBLISHER; a++) {
        orders.add(new Order("p" + p + "-a" + a));
      }
      owned.add(orders);
      Thread publisher =
          new Thread(
              () -> {
                ThreadLocalRandom random = ThreadLocalRandom.current();
                try {
                  go.await();
                } catch (InterruptedException e) {
                  return;
                }
                for (int c = 0; c < COMMITS_PER_PUBLISHER; c++) {
                  Order order = orders.get(random.nextInt(orders.size()));
                  UnitOfWork uow = bus.unitOfWork();
                  uow.register(order);
                  int raised = 1 + random.nextInt(3);
                  for (int i = 0; i < raised; i++) {
                    order.step((int) order.version() + 1);
                  }
                  uow.commit();
                  events.addAndGet(raised);
                }
              },
              "publisher-" + p);
      publishers.add(publisher);
      publisher.start();
    }
    go.countDown();
    for (Thread publisher : publishers) {
      publisher.join();
    }
    boolean idle = bus.awaitIdle(Duration.ofSeconds(60));
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    ShutdownReport report = bus.shutdown(Duration.ofSeconds(5));
    pool.shutdownNow();

    long eventCount = events.get();
    int routes = 3;
    System.out.printf(
        "Herald stress: %,d events from %d publisher threads on %d aggregates, %d routes, %d"
            + " delivery threads: %,d deliveries, %,d transient failures retried, %d dead letters,"
            + " %d ms (%,.0f events/s)%n",
        eventCount,
        PUBLISHERS,
        PUBLISHERS * AGGREGATES_PER_PUBLISHER,
        routes,
        DELIVERY_THREADS,
        delivered.sum(),
        failedAttempts.get(),
        bus.deadLetters().size(),
        took.toMillis(),
        eventCount / (took.toNanos() / 1e9));

    assertTrue(idle, "deliveries still in flight after 60 s");
    assertTrue(report.drained());
    assertTrue(violations.isEmpty(), "order violations: " + violations.stream().limit(10).toList());
    assertEquals(0, bus.deadLetters().size());
    assertEquals(eventCount * routes, delivered.sum(), "every event delivered once to every route");
    assertEquals(injectedFailures.sum(), failedAttempts.get());
    assertTrue(injectedFailures.sum() > 0, "the test injected failures");
    for (String route : List.of(ShopHandlerTable.LEDGER, ShopHandlerTable.AUDIT, SUBSCRIBER)) {
      for (List<Order> orders : owned) {
        for (Order order : orders) {
          long[] last = lastStep.get(route).get(order.id());
          assertEquals(
              order.version(),
              last == null ? 0 : last[0],
              route + " is missing events of " + order.id());
        }
      }
    }
  }

  /** Fails about 1 in 20 first attempts and 1 in 100 second ones; checks and records the order. */
  private java.util.concurrent.CompletionStage<?> check(
      String route, Step step, EventContext context) {
    int hash = (context.eventId().hashCode() ^ route.hashCode()) & 0x7fffffff;
    if ((context.attempt() == 1 && hash % 20 == 0) || (context.attempt() == 2 && hash % 100 == 0)) {
      injectedFailures.increment();
      throw new IllegalStateException("transient failure of " + route);
    }
    long[] last =
        lastStep
            .computeIfAbsent(route, r -> new ConcurrentHashMap<>())
            .computeIfAbsent(step.aggregateId(), id -> new long[1]);
    if (step.n() != last[0] + 1 || context.sequence() != step.n()) {
      violations.add(route + " got " + step + " after " + last[0]);
    }
    last[0] = step.n();
    delivered.increment();
    return HandlerTable.COMPLETED;
  }
}
