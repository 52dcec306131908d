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
import java.util.function.Predicate;
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
      Set<Shard> blockedShards = new HashSet<>();
      List<String> blocked = committed(bus, "blocked-", steadyWorkers, blockedShards::add);
      assertTrue(
          waitUntil(() -> delivered.containsAll(blocked)),
          "every steady worker entered a blocking handler: " + delivered);

      List<String> free = committed(bus, "free-", 20, shard -> !blockedShards.contains(shard));

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

  /**
   * Commits a step of each of the first {@code count} aggregates named {@code prefix} and a number
   * whose shard {@code accept} takes, and returns their ids.
   */
  private static List<String> committed(
      EventBus bus, String prefix, int count, Predicate<Shard> accept) {
    List<String> ids = new ArrayList<>();
    for (int i = 0; ids.size() < count; i++) {
      if (accept.test(bus.engine().shardOf(prefix + i))) {
        ids.add(prefix + i);
      }
    }
    for (String id : ids) {
      try (UnitOfWork unitOfWork = bus.unitOfWork()) {
        unitOfWork.register(new Order(id)).step(1);
        unitOfWork.commit();
      }
    }
    return ids;
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
