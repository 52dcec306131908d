package dev.herald.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.runtime.Shop.Order;
import dev.herald.runtime.ShopEvents.Announcement;
import dev.herald.runtime.generated.EventDecodingException;
import dev.herald.runtime.generated.HandlerTable;
import dev.herald.runtime.spi.Delivery;
import dev.herald.runtime.spi.DeliveryStore;
import dev.herald.runtime.spi.EventEnvelope;
import dev.herald.runtime.spi.InMemoryDeliveryStore;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class RetryAndDeadLetterTest {

  private static final Instant T0 = Instant.parse("2026-11-26T12:00:00Z");

  private final Shop shop = new Shop();
  private final ManualClock clock = new ManualClock(T0);
  private final ManualScheduler scheduler = new ManualScheduler(clock);
  private final RecordingStore store = new RecordingStore();

  /** The in-memory store, also keeping every retry it was told about. */
  static final class RecordingStore implements DeliveryStore {
    final InMemoryDeliveryStore parked = new InMemoryDeliveryStore();
    final List<String> retries = new ArrayList<>();
    final List<Delivery> delivered = new ArrayList<>();
    volatile UUID unreadable;

    @Override
    public synchronized void delivered(Delivery delivery) {
      delivered.add(delivery);
    }

    @Override
    public synchronized void retrying(
        Delivery delivery, int failedAttempt, Throwable failure, Instant nextAttemptAt) {
      retries.add(delivery.routeId() + " attempt " + failedAttempt + " next at " + nextAttemptAt);
    }

    @Override
    public void deadLettered(DeadLetter deadLetter) {
      parked.deadLettered(deadLetter);
    }

    @Override
    public List<DeadLetter> deadLetters() {
      return parked.deadLetters();
    }

    @Override
    public Optional<DeadLetter> takeDeadLetter(UUID eventId, String routeId) {
      if (eventId.equals(unreadable)) {
        throw new EventDecodingException("Unknown event type 'test.Renamed'");
      }
      return parked.takeDeadLetter(eventId, routeId);
    }
  }

  private EventBus.Builder bus() {
    return shop.bus().synchronousDelivery().clock(clock).scheduler(scheduler).deliveryStore(store);
  }

  private static ShopHandlers.Behavior failTimes(AtomicInteger failures) {
    return (event, context) -> {
      if (failures.getAndDecrement() > 0) {
        throw new IllegalStateException("down on attempt " + context.attempt());
      }
      return HandlerTable.COMPLETED;
    };
  }

  @Test
  void retriesWaitTheBackoffDelaysOnTheInjectedClock() {
    EventBus bus =
        bus()
            .retryPolicy(
                RetryPolicy.of(5, Duration.ofMillis(100), Duration.ofMillis(300)).withJitter(0))
            .build();
    shop.audit.behavior = failTimes(new AtomicInteger(3));
    bus.publish(new Announcement("fresh dough"));

    assertEquals(List.of(Duration.ofMillis(100)), scheduler.requestedDelays());
    scheduler.advance(Duration.ofMillis(99));
    assertEquals(1, shop.journal.calls("audit").size(), "not before the delay");
    scheduler.advance(Duration.ofMillis(1));
    assertEquals(2, shop.journal.calls("audit").size());
    scheduler.advance(Duration.ofMillis(200));
    scheduler.advance(Duration.ofMillis(300));

    assertEquals(
        List.of(Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(300)),
        scheduler.requestedDelays());
    assertEquals(
        List.of(1, 2, 3, 4),
        shop.journal.calls("audit").stream().map(c -> c.context().attempt()).toList());
    assertEquals(
        List.of(
            ShopHandlerTable.ANNOUNCE + " attempt 1 next at 2026-11-26T12:00:00.100Z",
            ShopHandlerTable.ANNOUNCE + " attempt 2 next at 2026-11-26T12:00:00.300Z",
            ShopHandlerTable.ANNOUNCE + " attempt 3 next at 2026-11-26T12:00:00.600Z"),
        store.retries);
    assertEquals(1, store.delivered.size());
    assertEquals(
        1,
        shop.journal.calls("audit").stream().map(c -> c.context().eventId()).distinct().count(),
        "every attempt carries the same event id");
    assertTrue(bus.deadLetters().isEmpty());
  }

  @Test
  void jitterComesFromTheInjectedRandom() {
    RandomGenerator fixed =
        new RandomGenerator() {
          @Override
          public long nextLong() {
            return 0L;
          }

          @Override
          public double nextDouble() {
            return 0.5;
          }
        };
    EventBus bus =
        bus()
            .random(fixed)
            .retryPolicy(
                RetryPolicy.of(3, Duration.ofMillis(1000), Duration.ofSeconds(5)).withJitter(0.4))
            .build();
    shop.audit.behavior = failTimes(new AtomicInteger(1));
    bus.publish(new Announcement("x"));
    assertEquals(
        List.of(Duration.ofMillis(800)), scheduler.requestedDelays(), "1000 ms minus 0.5 x 40%");
  }

  @Test
  void overridesApplyByRouteIdThenByHandlerClass() {
    EventBus bus =
        bus()
            .retryPolicy(
                RetryPolicy.of(2, Duration.ofMillis(10), Duration.ofMillis(10)).withJitter(0))
            .retryPolicy(
                ShopHandlers.Audit.class,
                RetryPolicy.of(2, Duration.ofMillis(50), Duration.ofMillis(50)).withJitter(0))
            .retryPolicy(
                ShopHandlerTable.LEDGER,
                RetryPolicy.of(2, Duration.ofMillis(70), Duration.ofMillis(70)).withJitter(0))
            .build();
    shop.audit.behavior = failTimes(new AtomicInteger(1));
    shop.ledger.behavior = failTimes(new AtomicInteger(1));
    shop.mailer.behavior = failTimes(new AtomicInteger(1));
    bus.publish(new Announcement("a"));
    UnitOfWork uow = bus.unitOfWork();
    uow.register(new Order("o-1")).step(1);
    uow.commit();
    UnitOfWork second = bus.unitOfWork();
    second.register(new Order("o-2")).place();
    second.commit();
    assertEquals(
        List.of(Duration.ofMillis(50), Duration.ofMillis(70), Duration.ofMillis(10)),
        scheduler.requestedDelays());
  }

  @Test
  void unknownOverridesAreRejected() {
    IllegalArgumentException route =
        assertThrows(
            IllegalArgumentException.class,
            () -> bus().retryPolicy("Nope#nothing(X)", RetryPolicy.noRetries()).build());
    assertTrue(route.getMessage().contains("Nope#nothing(X)"), route.getMessage());
    IllegalArgumentException type =
        assertThrows(
            IllegalArgumentException.class,
            () -> bus().retryPolicy(String.class, RetryPolicy.noRetries()).build());
    assertTrue(type.getMessage().contains("java.lang.String"), type.getMessage());
  }

  @Test
  void theLastFailureIsParkedAndASuccessfulRedriveLeavesTheStore() {
    EventBus bus =
        bus()
            .retryPolicy(
                RetryPolicy.of(3, Duration.ofMillis(100), Duration.ofMillis(100)).withJitter(0))
            .build();
    AtomicInteger failures = new AtomicInteger(3);
    shop.audit.behavior = failTimes(failures);
    bus.publish(new Announcement("closing early"));
    scheduler.advance(Duration.ofMillis(100));
    scheduler.advance(Duration.ofMillis(100));

    assertEquals(1, bus.deadLetters().size());
    DeadLetter letter = bus.deadLetters().get(0);
    assertEquals(3, letter.attempts());
    assertEquals(ShopHandlerTable.ANNOUNCE, letter.delivery().routeId());
    assertEquals(IllegalStateException.class.getName(), letter.failureType());
    assertEquals("down on attempt 3", letter.failureMessage());
    assertEquals(T0.plusMillis(200), letter.deadLetteredAt());
    assertEquals(new Announcement("closing early"), letter.delivery().envelope().event());

    Boolean delivered =
        bus.redrive(letter.delivery().envelope().eventId(), letter.delivery().routeId())
            .toCompletableFuture()
            .join();
    assertTrue(delivered);
    assertTrue(bus.deadLetters().isEmpty(), "a successful redrive leaves the store");
    assertEquals(
        4,
        shop.journal.calls("audit").get(3).context().attempt(),
        "attempts keep counting across a redrive");

    CompletionException missing =
        assertThrows(
            CompletionException.class,
            () ->
                bus.redrive(letter.delivery().envelope().eventId(), letter.delivery().routeId())
                    .toCompletableFuture()
                    .join());
    assertTrue(missing.getCause() instanceof NoSuchElementException);
  }

  @Test
  void aRedriveThatFailsAgainIsParkedAgainAndRedriveAllCounts() {
    EventBus bus = bus().retryPolicy(RetryPolicy.noRetries()).build();
    shop.audit.behavior = failTimes(new AtomicInteger(3));
    bus.publish(new Announcement("one"));
    bus.publish(new Announcement("two"));
    assertEquals(2, bus.deadLetters().size());

    assertEquals(
        1,
        bus.redriveAll().toCompletableFuture().join(),
        "one is delivered, the third failure parks the other again");
    assertEquals(1, bus.deadLetters().size());
    assertEquals(2, bus.deadLetters().get(0).attempts());
    assertEquals(1, bus.redriveAll().toCompletableFuture().join());
    assertTrue(bus.deadLetters().isEmpty());
    assertFalse(store.delivered.isEmpty());
  }

  @Test
  void aDeadLetterTheStoreCannotReadBackFailsAloneAndRedriveAllGoesOn() {
    EventBus bus = bus().retryPolicy(RetryPolicy.noRetries()).build();
    shop.audit.behavior = failTimes(new AtomicInteger(2));
    bus.publish(new Announcement("unreadable"));
    bus.publish(new Announcement("readable"));
    UUID unreadable = bus.deadLetters().get(0).delivery().envelope().eventId();
    store.unreadable = unreadable;

    CompletionException failure =
        assertThrows(
            CompletionException.class,
            () -> bus.redrive(unreadable, ShopHandlerTable.ANNOUNCE).toCompletableFuture().join());
    assertTrue(
        failure.getCause() instanceof EventDecodingException,
        "the store's failure is the stage's cause");
    assertEquals(
        1, bus.redriveAll().toCompletableFuture().join(), "the readable letter is still redriven");
    assertEquals(1, bus.deadLetters().size());
    assertEquals(unreadable, bus.deadLetters().get(0).delivery().envelope().eventId());
  }

  @Test
  void redeliverRunsARecoveredDeliveryThroughTheSameRetriesAndStore() {
    EventBus bus =
        bus()
            .retryPolicy(
                RetryPolicy.of(3, Duration.ofMillis(100), Duration.ofMillis(100)).withJitter(0))
            .build();
    shop.audit.behavior = failTimes(new AtomicInteger(10));
    EventEnvelope envelope =
        new EventEnvelope(
            EventIds.system().next(), null, null, 0, T0, new Announcement("recovered"));
    bus.deliveryPort().redeliver(new Delivery(envelope, ShopHandlerTable.ANNOUNCE), 2);
    assertEquals(
        List.of(2), shop.journal.calls("audit").stream().map(c -> c.context().attempt()).toList());
    scheduler.advance(Duration.ofMillis(100));
    assertEquals(
        3,
        bus.deadLetters().get(0).attempts(),
        "dead-lettered after maxAttempts counted from the first run");

    bus.deliveryPort().redeliver(new Delivery(envelope, "Gone#handler(Announcement)"), 1);
    bus.deliveryPort().redeliver(new Delivery(envelope, ShopHandlerTable.LEDGER), 1);
    List<DeadLetter> letters = bus.deadLetters();
    assertEquals(3, letters.size());
    assertTrue(
        letters.get(1).failureMessage().contains("Gone#handler(Announcement)"),
        letters.get(1).failureMessage());
    assertTrue(
        letters.get(2).failureMessage().contains("takes " + ShopEvents.Step.class.getName()),
        letters.get(2).failureMessage());
  }
}
