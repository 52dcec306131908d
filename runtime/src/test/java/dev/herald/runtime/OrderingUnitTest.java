package dev.herald.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.herald.runtime.LibraryFixture.Book;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The ordering unit is the handler class: a class with several {@code @Handles} methods sees one
 * aggregate's events in sequence order across all of them, also while an earlier one waits for a
 * retry; another class is not held up by that retry.
 */
class OrderingUnitTest {

  private final LibraryFixture library = new LibraryFixture();
  private final ManualClock clock = new ManualClock(Instant.parse("2026-12-06T10:00:00Z"));
  private final ManualScheduler scheduler = new ManualScheduler(clock);
  private final EventBus bus =
      EventBus.builder(List.of(library.table))
          .synchronousDelivery()
          .clock(clock)
          .scheduler(scheduler)
          .retryPolicy(
              RetryPolicy.of(3, Duration.ofSeconds(1), Duration.ofSeconds(1)).withJitter(0))
          .build();

  @Test
  void aHandlerClassSeesAnAggregatesEventsInOrderAcrossItsMethodsWhileOneIsRetried() {
    library.loans.journal.failuresLeft = 1;
    Book book = new Book("book-1");

    commit(book, () -> book.borrow("ada"));
    commit(book, () -> book.overdue(3));

    // The retry of onBorrowed holds back onOverdue of the same class, not the other class.
    assertEquals(List.of("loans borrowed book-1 failed"), library.loans.journal.entries);
    assertEquals(List.of("fines overdue book-1"), library.fines.journal.entries);

    scheduler.advance(Duration.ofSeconds(1));

    assertEquals(
        List.of("loans borrowed book-1 failed", "loans borrowed book-1", "loans overdue book-1"),
        library.loans.journal.entries);
  }

  @Test
  void otherAggregatesGoOnWhileOneWaitsForItsRetry() {
    library.loans.journal.failuresLeft = 1;
    Book first = new Book("book-1");
    Book second = new Book("book-2");

    commit(first, () -> first.borrow("ada"));
    commit(second, () -> second.borrow("grace"));
    commit(second, () -> second.overdue(1));

    assertEquals(
        List.of("loans borrowed book-1 failed", "loans borrowed book-2", "loans overdue book-2"),
        library.loans.journal.entries);
    scheduler.advance(Duration.ofSeconds(1));
    assertEquals("loans borrowed book-1", library.loans.journal.entries.get(3));
  }

  private void commit(Book book, Runnable command) {
    try (UnitOfWork work = bus.unitOfWork()) {
      work.register(book);
      command.run();
      work.commit();
    }
  }
}
