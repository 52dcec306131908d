package dev.herald.runtime;

import dev.herald.Phase;
import dev.herald.runtime.generated.HandlerRoute;
import dev.herald.runtime.generated.HandlerTable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * A lending library: one handler class with two methods for one aggregate's events ({@link Loans}),
 * and another class for one of those events ({@link Fines}), in a hand-written table shaped like a
 * generated one. The ordering unit of the bus is the handler class.
 */
final class LibraryFixture {

  record BookBorrowed(String bookId, String member) {}

  record LoanOverdue(String bookId, int days) {}

  /** Failures a handler should throw on its next calls; the journal of every call. */
  static final class Journal {
    final List<String> entries = Collections.synchronizedList(new ArrayList<>());
    volatile int failuresLeft;

    void record(String entry) throws Exception {
      if (failuresLeft > 0) {
        failuresLeft--;
        entries.add(entry + " failed");
        throw new IllegalStateException(entry + " failed on purpose");
      }
      entries.add(entry);
    }
  }

  static final class Loans {
    final Journal journal = new Journal();

    void onBorrowed(BookBorrowed event) throws Exception {
      journal.record("loans borrowed " + event.bookId());
    }

    void onOverdue(LoanOverdue event) throws Exception {
      journal.record("loans overdue " + event.bookId());
    }
  }

  static final class Fines {
    final Journal journal = new Journal();

    void onOverdue(LoanOverdue event) throws Exception {
      journal.record("fines overdue " + event.bookId());
    }
  }

  /** A book: the aggregate. */
  static final class Book extends AggregateRoot<String> {
    private final String id;

    Book(String id) {
      this.id = id;
    }

    @Override
    public String id() {
      return id;
    }

    void borrow(String member) {
      raise(new BookBorrowed(id, member));
    }

    void overdue(int days) {
      raise(new LoanOverdue(id, days));
    }
  }

  static final String LOANS_BORROWED = "library.Loans#onBorrowed(BookBorrowed)";
  static final String LOANS_OVERDUE = "library.Loans#onOverdue(LoanOverdue)";
  static final String FINES_OVERDUE = "library.Fines#onOverdue(LoanOverdue)";

  final Loans loans = new Loans();
  final Fines fines = new Fines();

  final HandlerTable table =
      new HandlerTable() {
        private final List<HandlerRoute> routes =
            List.of(
                new HandlerRoute(
                    LOANS_BORROWED,
                    BookBorrowed.class,
                    Loans.class,
                    "onBorrowed",
                    Phase.AFTER_COMMIT,
                    false),
                new HandlerRoute(
                    LOANS_OVERDUE,
                    LoanOverdue.class,
                    Loans.class,
                    "onOverdue",
                    Phase.AFTER_COMMIT,
                    false),
                new HandlerRoute(
                    FINES_OVERDUE,
                    LoanOverdue.class,
                    Fines.class,
                    "onOverdue",
                    Phase.AFTER_COMMIT,
                    false));

        @Override
        public List<HandlerRoute> routes() {
          return routes;
        }

        @Override
        public boolean knows(Class<?> eventType) {
          return eventType == BookBorrowed.class || eventType == LoanOverdue.class;
        }

        @Override
        public int[] routesOf(Class<?> eventType) {
          if (eventType == BookBorrowed.class) {
            return new int[] {0};
          }
          return eventType == LoanOverdue.class ? new int[] {1, 2} : new int[0];
        }

        @Override
        public CompletionStage<?> invoke(int routeIndex, Object event, EventContext context)
            throws Exception {
          switch (routeIndex) {
            case 0:
              loans.onBorrowed((BookBorrowed) event);
              break;
            case 1:
              loans.onOverdue((LoanOverdue) event);
              break;
            case 2:
              fines.onOverdue((LoanOverdue) event);
              break;
            default:
              throw new IndexOutOfBoundsException(routeIndex);
          }
          return HandlerTable.COMPLETED;
        }
      };
}
