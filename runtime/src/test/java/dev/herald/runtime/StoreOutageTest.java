package dev.herald.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.runtime.LibraryFixture.Book;
import dev.herald.runtime.spi.Delivery;
import dev.herald.runtime.spi.DeliveryListener;
import dev.herald.runtime.spi.DeliveryStore;
import dev.herald.runtime.spi.InMemoryDeliveryStore;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A delivery store that cannot record a delivery's fate is unavailable, not a reason to spend the
 * delivery's attempts: the delivery waits, in order, and goes on when the store is back.
 */
class StoreOutageTest {

  /** An in-memory store that throws on every write while it is down. */
  static final class FlakyStore implements DeliveryStore {
    final InMemoryDeliveryStore memory = new InMemoryDeliveryStore();
    final List<String> recorded = Collections.synchronizedList(new ArrayList<>());
    volatile boolean down;

    private void check() {
      if (down) {
        throw new IllegalStateException("database unavailable");
      }
    }

    @Override
    public void delivered(Delivery delivery) {
      check();
      recorded.add("delivered " + delivery.routeId());
    }

    @Override
    public void retrying(
        Delivery delivery, int failedAttempt, Throwable failure, Instant nextAttemptAt) {
      check();
      recorded.add("retrying " + failedAttempt);
    }

    @Override
    public void deadLettered(DeadLetter deadLetter) {
      check();
      recorded.add("dead");
      memory.deadLettered(deadLetter);
    }

    @Override
    public List<DeadLetter> deadLetters() {
      return memory.deadLetters();
    }

    @Override
    public Optional<DeadLetter> takeDeadLetter(UUID eventId, String routeId) {
      return memory.takeDeadLetter(eventId, routeId);
    }
  }

  private final LibraryFixture library = new LibraryFixture();
  private final ManualClock clock = new ManualClock(Instant.parse("2026-12-06T10:00:00Z"));
  private final ManualScheduler scheduler = new ManualScheduler(clock);
  private final FlakyStore store = new FlakyStore();
  private final List<String> succeeded = Collections.synchronizedList(new ArrayList<>());
  private final EventBus bus =
      EventBus.builder(List.of(library.table))
          .synchronousDelivery()
          .clock(clock)
          .scheduler(scheduler)
          .deliveryStore(store)
          .retryPolicy(
              RetryPolicy.of(3, Duration.ofSeconds(1), Duration.ofSeconds(1)).withJitter(0))
          .listener(
              new DeliveryListener() {
                @Override
                public void succeeded(Delivery delivery, int attempt) {
                  succeeded.add(delivery.routeId() + " on attempt " + attempt);
                }
              })
          .build();

  @Test
  void failuresWhileTheStoreIsDownSpendNoAttemptsAndTheDeliveryWaitsForIt() throws Exception {
    store.down = true;
    library.loans.journal.failuresLeft = 20; // the handler's own database is down too
    Book book = new Book("book-1");
    commit(book, () -> book.borrow("ada"));
    commit(book, () -> book.overdue(2));

    // Far longer than the whole retry schedule (3 attempts, 1 s apart).
    for (int second = 0; second < 60; second++) {
      scheduler.advance(Duration.ofSeconds(1));
    }
    assertTrue(library.loans.journal.entries.size() > 3, "attempted all along");
    assertEquals(List.of(), bus.deadLetters(), "nothing dead-lettered for the outage");
    assertEquals(
        List.of(),
        library.loans.journal.entries.stream().filter(e -> !e.endsWith("failed")).toList());

    store.down = false;
    library.loans.journal.failuresLeft = 0;
    scheduler.advance(Duration.ofSeconds(5));

    assertEquals(
        List.of("loans borrowed book-1", "loans overdue book-1"),
        library.loans.journal.entries.stream().filter(e -> !e.endsWith("failed")).toList(),
        "delivered in order once the store is back");
    assertTrue(
        succeeded.contains(LibraryFixture.LOANS_BORROWED + " on attempt 1"),
        "the outage spent no attempt: " + succeeded);
    assertTrue(bus.awaitIdle(Duration.ofSeconds(1)));
  }

  @Test
  void aSuccessTheStoreCannotRecordIsRecordedLaterWithoutCallingTheHandlerAgain() throws Exception {
    store.down = true;
    Book book = new Book("book-2");
    commit(book, () -> book.borrow("grace"));
    assertEquals(List.of("loans borrowed book-2"), library.loans.journal.entries);

    scheduler.advance(Duration.ofSeconds(1));
    store.down = false;
    scheduler.advance(Duration.ofSeconds(5));

    assertEquals(List.of("loans borrowed book-2"), library.loans.journal.entries, "called once");
    assertTrue(store.recorded.contains("delivered " + LibraryFixture.LOANS_BORROWED));
    assertTrue(bus.awaitIdle(Duration.ofSeconds(1)));
  }

  @Test
  void aDeliveryThatKeepsFailingIsDeadLetteredOnceTheStoreCanRecordIt() throws Exception {
    library.loans.journal.failuresLeft = 100;
    Book book = new Book("book-3");
    commit(book, () -> book.borrow("alan"));
    store.down = true;
    for (int second = 0; second < 30; second++) {
      scheduler.advance(Duration.ofSeconds(1));
    }
    assertEquals(List.of(), bus.deadLetters());
    store.down = false;
    for (int second = 0; second < 10; second++) {
      scheduler.advance(Duration.ofSeconds(1));
    }
    assertEquals(1, bus.deadLetters().size());
    assertEquals(3, bus.deadLetters().get(0).attempts(), "exactly the policy's attempts");
  }

  private void commit(Book book, Runnable command) {
    try (UnitOfWork work = bus.unitOfWork()) {
      work.register(book);
      command.run();
      work.commit();
    }
  }
}
