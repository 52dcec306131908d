package dev.herald.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.runtime.Shop.Order;
import dev.herald.runtime.ShopEvents.Announcement;
import dev.herald.runtime.generated.HandlerTable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ShutdownTest {

  private final Shop shop = new Shop();

  @Test
  void shutdownDrainsInFlightDeliveriesWithinTheTimeout() {
    EventBus bus = shop.bus().build();
    shop.audit.behavior =
        (event, context) -> {
          Thread.sleep(50);
          return HandlerTable.COMPLETED;
        };
    for (int i = 0; i < 6; i++) {
      bus.publish(new Announcement("late order " + i));
    }
    ShutdownReport report = bus.shutdown(Duration.ofSeconds(10));

    assertTrue(report.drained(), report.toString());
    assertTrue(report.unfinished().isEmpty());
    assertEquals(6, shop.journal.calls("audit").size(), "every in-flight delivery finished");
    assertTrue(bus.isShutdown());
  }

  @Test
  void shutdownReportsWhatDidNotFinishAndRefusesNewWork() throws Exception {
    ManualClock clock = new ManualClock(Instant.parse("2026-11-26T12:00:00Z"));
    CountDownLatch stuck = new CountDownLatch(1);
    EventBus bus =
        shop.bus()
            .scheduler(new ManualScheduler(clock))
            .clock(clock)
            .retryPolicy(RetryPolicy.of(3, Duration.ofMinutes(1), Duration.ofMinutes(1)))
            .build();
    shop.ledger.behavior =
        (event, context) -> {
          throw new IllegalStateException("ledger offline");
        };
    shop.mailer.behavior =
        (event, context) -> {
          stuck.await(10, TimeUnit.SECONDS);
          return HandlerTable.COMPLETED;
        };
    UnitOfWork uow = bus.unitOfWork();
    Order order = uow.register(new Order("o-1"));
    order.step(1);
    order.step(2);
    order.place();
    uow.commit();

    ShutdownReport report = bus.shutdown(Duration.ofMillis(300));
    stuck.countDown();

    assertFalse(report.drained());
    List<String> unfinished =
        report.unfinished().stream()
            .map(d -> d.routeId() + " #" + d.envelope().sequence())
            .toList();
    assertEquals(
        List.of(
            ShopHandlerTable.LEDGER + " #1",
            ShopHandlerTable.LEDGER + " #2",
            ShopHandlerTable.MAILER + " #3"),
        unfinished,
        "the retrying delivery, the one queued behind it, and the running one");
    assertTrue(report.waited().compareTo(Duration.ofMillis(300)) >= 0);

    IllegalStateException publish =
        assertThrows(IllegalStateException.class, () -> bus.publish(new Announcement("x")));
    assertEquals(
        "Cannot publish " + Announcement.class.getName() + ": the EventBus was shut down",
        publish.getMessage());
    IllegalStateException unitOfWork = assertThrows(IllegalStateException.class, bus::unitOfWork);
    assertTrue(unitOfWork.getMessage().contains("shut down"), unitOfWork.getMessage());
  }

  @Test
  void aUnitOfWorkOpenedBeforeShutdownCannotCommitAfterIt() {
    EventBus bus = shop.bus().synchronousDelivery().build();
    UnitOfWork uow = bus.unitOfWork();
    uow.register(new Order("o-1")).place();
    bus.shutdown(Duration.ofSeconds(1));
    IllegalStateException commit = assertThrows(IllegalStateException.class, uow::commit);
    assertEquals("Cannot commit a unit of work: the EventBus was shut down", commit.getMessage());
    assertTrue(shop.journal.calls().isEmpty());
  }
}
