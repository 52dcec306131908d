package dev.herald.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.runtime.Shop.Order;
import dev.herald.runtime.ShopEvents.Step;
import dev.herald.runtime.generated.HandlerTable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/**
 * Handlers that block hold back only their own shards: once every worker a steady load gets is
 * stuck in one, the watchdog adds a worker for the shards that wait.
 */
class DrainWatchdogTest {

  @Test
  void shardsBehindStuckWorkersAreDrainedByAnAddedWorker() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    Set<String> delivered = ConcurrentHashMap.newKeySet();
    EventBus bus =
        new Shop()
            .bus()
            .subscribe(
                "steps",
                Step.class,
                (event, context) -> {
                  if (event.aggregateId().startsWith("blocked-")) {
                    delivered.add(event.aggregateId());
                    release.await(30, TimeUnit.SECONDS);
                  } else {
                    delivered.add(event.aggregateId());
                  }
                  return HandlerTable.COMPLETED;
                })
            .build();
    try {
      // As many blocked aggregates, each in a shard of its own, as a steady load gets workers:
      // one fewer than the cores, at least one.
      int steadyWorkers = Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
      DeliveryEngine engine = bus.engine();
      Set<Shard> blockedShards = new HashSet<>();
      List<String> blocked = new ArrayList<>();
      for (int i = 0; blocked.size() < steadyWorkers; i++) {
        if (blockedShards.add(engine.shardOf("blocked-" + i))) {
          blocked.add("blocked-" + i);
        }
      }
      for (String id : blocked) {
        commitStep(bus, id);
      }
      assertTrue(
          waitUntil(() -> delivered.containsAll(blocked)),
          "every steady worker entered a blocking handler: " + delivered);

      List<String> free = new ArrayList<>();
      for (int i = 0; free.size() < 20; i++) {
        if (!blockedShards.contains(engine.shardOf("free-" + i))) {
          free.add("free-" + i);
        }
      }
      for (String id : free) {
        commitStep(bus, id);
      }

      assertTrue(
          waitUntil(() -> delivered.containsAll(free)),
          "aggregates in other shards were held back by blocked handlers: " + delivered);
      assertEquals(blocked.size() + free.size(), delivered.size());
    } finally {
      release.countDown();
    }
    assertTrue(bus.awaitIdle(Duration.ofSeconds(10)), "still delivering after the release");
    bus.close();
  }

  private static void commitStep(EventBus bus, String aggregateId) {
    try (UnitOfWork unitOfWork = bus.unitOfWork()) {
      unitOfWork.register(new Order(aggregateId)).step(1);
      unitOfWork.commit();
    }
  }

  private static boolean waitUntil(BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        return false;
      }
      Thread.sleep(5);
    }
    return true;
  }
}
