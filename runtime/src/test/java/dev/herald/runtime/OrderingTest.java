package dev.herald.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.runtime.Shop.Order;
import dev.herald.runtime.ShopEvents.Step;
import dev.herald.runtime.generated.HandlerTable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OrderingTest {

  private final Shop shop = new Shop();
  private final ExecutorService pool = Executors.newFixedThreadPool(4);

  @AfterEach
  void stopPool() {
    pool.shutdownNow();
  }

  @Test
  void eachRouteSeesEachAggregatesEventsInSequenceOnAFourThreadExecutor() throws Exception {
    EventBus bus = shop.bus().executor(pool).build();
    ShopHandlers.Behavior jittery =
        (event, context) -> {
          if (ThreadLocalRandom.current().nextInt(4) == 0) {
            Thread.sleep(0, 200_000);
          }
          return HandlerTable.COMPLETED;
        };
    shop.ledger.behavior = jittery;
    shop.audit.behavior = jittery;
    int aggregates = 20;
    int steps = 50;
    List<Order> orders = new ArrayList<>();
    for (int a = 0; a < aggregates; a++) {
      orders.add(new Order("agg-" + a));
    }
    for (int n = 1; n <= steps; n++) {
      for (Order order : orders) {
        UnitOfWork uow = bus.unitOfWork();
        uow.register(order).step(n);
        uow.commit();
      }
    }
    assertTrue(bus.awaitIdle(Duration.ofSeconds(20)));

    for (String handler : List.of("ledger", "audit")) {
      Map<String, List<Integer>> seen = stepsByAggregate(shop.journal.events(handler));
      assertEquals(aggregates, seen.size());
      for (List<Integer> sequence : seen.values()) {
        assertEquals(
            expected(steps), sequence, handler + " saw an aggregate's events out of order");
      }
    }
    Set<String> threads = ConcurrentHashMap.newKeySet();
    shop.journal.calls().forEach(call -> threads.add(call.thread()));
    assertTrue(threads.size() > 1, "deliveries ran on several threads: " + threads);
    bus.shutdown(Duration.ofSeconds(1));
  }

  @Test
  void laterEventsOfAnAggregateWaitForAnEarlierOneBeingRetriedWhileOthersGoOn() throws Exception {
    ManualClock clock = new ManualClock(Instant.parse("2026-11-26T12:00:00Z"));
    ManualScheduler scheduler = new ManualScheduler(clock);
    EventBus bus =
        shop.bus()
            .executor(pool)
            .clock(clock)
            .scheduler(scheduler)
            .retryPolicy(
                RetryPolicy.of(3, Duration.ofSeconds(1), Duration.ofSeconds(1)).withJitter(0))
            .build();
    AtomicBoolean failOnce = new AtomicBoolean(true);
    shop.ledger.behavior =
        (event, context) -> {
          Step step = (Step) event;
          if (step.aggregateId().equals("slow") && step.n() == 1 && failOnce.getAndSet(false)) {
            throw new IllegalStateException("transient");
          }
          return HandlerTable.COMPLETED;
        };
    Order slow = new Order("slow");
    Order fast = new Order("fast");
    for (int n = 1; n <= 5; n++) {
      UnitOfWork uow = bus.unitOfWork();
      uow.register(slow).step(n);
      uow.register(fast).step(n);
      uow.commit();
    }
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (scheduler.pending() == 0
        || stepsOf(shop.journal.events("audit"), "slow").size() < 5
        || stepsOf(shop.journal.events("ledger"), "fast").size() < 5) {
      assertTrue(
          System.nanoTime() < deadline, "the other aggregate and the other route were blocked");
      Thread.sleep(5);
    }
    assertEquals(
        List.of(1),
        stepsOf(shop.journal.events("ledger"), "slow"),
        "slow #2..#5 wait for the retry of #1");
    assertEquals(
        expected(5),
        stepsOf(shop.journal.events("audit"), "slow"),
        "another route of the same aggregate goes on");
    assertEquals(
        expected(5), stepsOf(shop.journal.events("ledger"), "fast"), "another aggregate goes on");

    scheduler.advance(Duration.ofSeconds(1));
    assertTrue(bus.awaitIdle(Duration.ofSeconds(10)));
    assertEquals(List.of(1, 1, 2, 3, 4, 5), stepsOf(shop.journal.events("ledger"), "slow"));
    bus.shutdown(Duration.ofSeconds(1));
  }

  @Test
  void oneSubscriberOfSeveralTypesSeesAnAggregatesEventsOfAllTypesInSequence() throws Exception {
    ManualClock clock = new ManualClock(Instant.parse("2026-11-26T12:00:00Z"));
    ManualScheduler scheduler = new ManualScheduler(clock);
    List<String> published = java.util.Collections.synchronizedList(new ArrayList<>());
    AtomicBoolean placedFailsOnce = new AtomicBoolean(true);
    EventBus bus =
        shop.bus()
            .executor(pool)
            .clock(clock)
            .scheduler(scheduler)
            .retryPolicy(
                RetryPolicy.of(3, Duration.ofSeconds(1), Duration.ofSeconds(1)).withJitter(0))
            .subscribe(
                "outbound",
                List.of(ShopEvents.OrderPlaced.class, ShopEvents.OrderConfirmed.class, Step.class),
                dev.herald.Phase.AFTER_COMMIT,
                (event, context) -> {
                  if (event instanceof ShopEvents.OrderPlaced && placedFailsOnce.getAndSet(false)) {
                    throw new IllegalStateException("broker briefly down");
                  }
                  published.add(event.getClass().getSimpleName() + "#" + context.sequence());
                  return HandlerTable.COMPLETED;
                })
            .build();
    Order order = new Order("o-1");
    UnitOfWork uow = bus.unitOfWork();
    uow.register(order).place();
    order.confirm(1450);
    order.step(1);
    uow.commit();

    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (scheduler.pending() == 0) {
      assertTrue(System.nanoTime() < deadline, "the first delivery never failed");
      Thread.sleep(5);
    }
    Thread.sleep(50);
    assertEquals(
        List.of(),
        published,
        "events of other types wait behind the retry of the aggregate's first event");
    scheduler.advance(Duration.ofSeconds(1));
    assertTrue(bus.awaitIdle(Duration.ofSeconds(10)));
    assertEquals(List.of("OrderPlaced#1", "OrderConfirmed#2", "Step#3"), published);
    bus.shutdown(Duration.ofSeconds(1));
  }

  @Test
  void aSubscriberOfNoTypeIsRejectedWithItsName() {
    IllegalArgumentException error =
        org.junit.jupiter.api.Assertions.assertThrows(
            IllegalArgumentException.class,
            () ->
                shop.bus()
                    .subscribe(
                        "nothing",
                        List.of(),
                        dev.herald.Phase.AFTER_COMMIT,
                        (event, context) -> null));
    assertEquals("subscriber nothing takes no event type; name at least one", error.getMessage());
  }

  @Test
  void aLongLaneDrainsWithoutDeepRecursionOnTheSynchronousExecutor() {
    ManualClock clock = new ManualClock(Instant.parse("2026-11-26T12:00:00Z"));
    ManualScheduler scheduler = new ManualScheduler(clock);
    EventBus bus =
        shop.bus()
            .synchronousDelivery()
            .clock(clock)
            .scheduler(scheduler)
            .retryPolicy(
                RetryPolicy.of(2, Duration.ofSeconds(1), Duration.ofSeconds(1)).withJitter(0))
            .build();
    shop.audit.journaling = false;
    AtomicBoolean failOnce = new AtomicBoolean(true);
    shop.ledger.behavior =
        (event, context) -> {
          if (failOnce.getAndSet(false)) {
            throw new IllegalStateException("first one fails");
          }
          return HandlerTable.COMPLETED;
        };
    int steps = 50_000;
    UnitOfWork uow = bus.unitOfWork();
    Order order = uow.register(new Order("busy"));
    for (int n = 1; n <= steps; n++) {
      order.step(n);
    }
    uow.commit();
    assertEquals(
        List.of(1),
        stepsOf(shop.journal.events("ledger"), "busy"),
        "the rest waits behind the retry");

    scheduler.advance(Duration.ofSeconds(1));
    List<Integer> seen = stepsOf(shop.journal.events("ledger"), "busy");
    assertEquals(steps + 1, seen.size());
    assertEquals(expected(steps), seen.subList(1, seen.size()));
  }

  static List<Integer> expected(int steps) {
    List<Integer> expected = new ArrayList<>();
    for (int n = 1; n <= steps; n++) {
      expected.add(n);
    }
    return expected;
  }

  static List<Integer> stepsOf(List<Object> events, String aggregateId) {
    return stepsByAggregate(events).getOrDefault(aggregateId, List.of());
  }

  static Map<String, List<Integer>> stepsByAggregate(List<Object> events) {
    Map<String, List<Integer>> byAggregate = new HashMap<>();
    for (Object event : events) {
      Step step = (Step) event;
      byAggregate.computeIfAbsent(step.aggregateId(), k -> new ArrayList<>()).add(step.n());
    }
    return byAggregate;
  }
}
