package dev.herald.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class EventIdsTest {

  private static final Instant T0 = Instant.parse("2026-11-26T12:00:00Z");

  @Test
  void idsAreVersion7WithTheRfcVariantAndCarryTheirMillisecond() {
    EventIds ids = EventIds.create(Clock.fixed(T0, ZoneOffset.UTC));
    UUID id = ids.next();
    assertEquals(7, id.version());
    assertEquals(2, id.variant());
    assertEquals(T0, EventIds.timestampOf(id));
  }

  @Test
  void idsStrictlyIncreaseWithinOneMillisecondEvenPastTheCounterCapacity() {
    EventIds ids = EventIds.create(Clock.fixed(T0, ZoneOffset.UTC));
    UUID previous = ids.next();
    for (int i = 0; i < 10_000; i++) {
      UUID next = ids.next();
      assertTrue(previous.compareTo(next) < 0, previous + " then " + next);
      assertTrue(previous.toString().compareTo(next.toString()) < 0, "text order follows too");
      previous = next;
    }
  }

  @Test
  void idsFollowTheClockAndStayMonotonicWhenItStepsBack() {
    ManualClock clock = new ManualClock(T0);
    EventIds ids = EventIds.create(clock);
    UUID first = ids.next();
    clock.advance(Duration.ofMillis(5));
    UUID second = ids.next();
    assertEquals(T0.plusMillis(5), EventIds.timestampOf(second));
    clock.advance(Duration.ofMillis(-3));
    UUID third = ids.next();
    assertTrue(first.compareTo(second) < 0);
    assertTrue(second.compareTo(third) < 0, "a clock stepping back must not break the order");
  }

  @Test
  void idsAreUniqueAcrossThreads() throws InterruptedException {
    EventIds ids = EventIds.system();
    Set<UUID> seen = ConcurrentHashMap.newKeySet();
    int threads = 4;
    int perThread = 20_000;
    CountDownLatch start = new CountDownLatch(1);
    List<Thread> workers = new ArrayList<>();
    List<List<UUID>> perThreadIds = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      List<UUID> mine = new ArrayList<>();
      perThreadIds.add(mine);
      Thread worker =
          new Thread(
              () -> {
                try {
                  start.await();
                } catch (InterruptedException e) {
                  return;
                }
                for (int i = 0; i < perThread; i++) {
                  UUID id = ids.next();
                  seen.add(id);
                  mine.add(id);
                }
              });
      workers.add(worker);
      worker.start();
    }
    start.countDown();
    for (Thread worker : workers) {
      worker.join();
    }
    assertEquals(threads * perThread, seen.size());
    for (List<UUID> mine : perThreadIds) {
      for (int i = 1; i < mine.size(); i++) {
        assertTrue(mine.get(i - 1).compareTo(mine.get(i)) < 0, "each thread sees increasing ids");
      }
    }
  }

  @Test
  void timestampOfRejectsOtherVersions() {
    UUID random = UUID.randomUUID();
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> EventIds.timestampOf(random));
    assertTrue(e.getMessage().contains("version 4"), e.getMessage());
  }
}
