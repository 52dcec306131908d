package dev.herald.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.runtime.Shop.Order;
import dev.herald.runtime.ShopEvents.Step;
import dev.herald.runtime.generated.HandlerTable;
import dev.herald.runtime.spi.Delivery;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * How shards reach the bus's executor: a busy bus hands it far fewer tasks than it commits, every
 * delivery still arrives in its aggregate's order, and an executor that refuses leaves the
 * deliveries undelivered and reported, never lost in silence.
 */
class DrainWorkersTest {

  private static final int AGGREGATES = 64;
  private static final int COMMITS = 20_000;

  @Test
  void aBurstOfCommitsGivesTheExecutorFarFewerTasksThanCommits() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    AtomicInteger tasks = new AtomicInteger();
    Map<String, Integer> lastStep = new ConcurrentHashMap<>();
    AtomicLong delivered = new AtomicLong();
    List<String> violations = new ArrayList<>();
    EventBus bus =
        new Shop()
            .bus()
            .executor(
                task -> {
                  tasks.incrementAndGet();
                  pool.execute(task);
                })
            .subscribe(
                "steps",
                Step.class,
                (event, context) -> {
                  Integer before = lastStep.put(event.aggregateId(), event.n());
                  if (before != null && before + 1 != event.n()) {
                    synchronized (violations) {
                      violations.add(event.aggregateId() + ": " + before + " then " + event.n());
                    }
                  }
                  delivered.incrementAndGet();
                  return HandlerTable.COMPLETED;
                })
            .build();
    List<Order> orders = new ArrayList<>();
    for (int a = 0; a < AGGREGATES; a++) {
      orders.add(new Order("order-" + a));
    }
    for (int c = 0; c < COMMITS; c++) {
      Order order = orders.get(c % AGGREGATES);
      try (UnitOfWork unitOfWork = bus.unitOfWork()) {
        unitOfWork.register(order).step((int) order.version() + 1);
        unitOfWork.commit();
      }
    }
    assertTrue(bus.awaitIdle(Duration.ofSeconds(60)), "deliveries still in flight after 60 s");
    bus.close();
    pool.shutdownNow();

    assertEquals(COMMITS, delivered.get());
    assertTrue(violations.isEmpty(), violations.toString());
    // A task per shard activation was the old hand-off: 1,530 tasks here. A worker now drains
    // whatever is ready and lingers a moment: 47 here.
    assertTrue(
        tasks.get() * 50 < COMMITS, tasks.get() + " executor tasks for " + COMMITS + " commits");
  }

  @Test
  void awaitIdleWaitsForACommitWhoseWorkerHasNotRunYet() throws Exception {
    List<Runnable> queued = new ArrayList<>();
    AtomicInteger delivered = new AtomicInteger();
    EventBus bus =
        new Shop()
            .bus()
            .executor(queued::add)
            .subscribe(
                "steps",
                Step.class,
                (event, context) -> {
                  delivered.incrementAndGet();
                  return HandlerTable.COMPLETED;
                })
            .build();
    try (UnitOfWork unitOfWork = bus.unitOfWork()) {
      unitOfWork.register(new Order("waiting")).step(1);
      unitOfWork.commit();
    }

    // The commit's deliveries wait in their shard for a worker the executor has not run: no
    // counter says so, the shard does.
    assertFalse(bus.awaitIdle(Duration.ofMillis(50)), "idle before any delivery ran");
    assertEquals(0, delivered.get());
    assertEquals(1, queued.size(), "one worker for the commit");
    queued.remove(0).run();
    assertTrue(bus.awaitIdle(Duration.ofSeconds(5)), "not idle after the worker ran");
    assertEquals(1, delivered.get());
  }

  @Test
  void anExecutorThatRefusesLeavesEveryDeliveryReportedAtShutdown() {
    EventBus bus =
        new Shop()
            .bus()
            .executor(
                task -> {
                  throw new RejectedExecutionException("shut down");
                })
            .subscribe("steps", Step.class, (event, context) -> HandlerTable.COMPLETED)
            .build();
    for (int c = 0; c < 3; c++) {
      Order order = new Order("refused-" + c);
      try (UnitOfWork unitOfWork = bus.unitOfWork()) {
        unitOfWork.register(order).step(1);
        unitOfWork.commit();
      }
    }
    ShutdownReport report = bus.shutdown(Duration.ofMillis(200));

    assertFalse(report.drained());
    List<String> unfinished =
        report.unfinished().stream()
            .filter(delivery -> delivery.routeId().equals("steps"))
            .map(Delivery::envelope)
            .map(envelope -> envelope.aggregateId())
            .sorted()
            .toList();
    assertEquals(List.of("refused-0", "refused-1", "refused-2"), unfinished);
  }
}
