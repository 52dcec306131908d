package dev.herald.runtime;

import dev.herald.runtime.ShopEvents.Announcement;
import dev.herald.runtime.ShopEvents.OrderConfirmed;
import dev.herald.runtime.ShopEvents.OrderEvent;
import dev.herald.runtime.ShopEvents.Step;
import dev.herald.runtime.generated.HandlerTable;
import java.util.concurrent.CompletionStage;

/**
 * The handler classes of the test shop. Each records its calls in the journal and then does what
 * its {@link Behavior} says, so a test can make it throw, fail its stage, block or succeed.
 */
final class ShopHandlers {

  private ShopHandlers() {}

  /** What a handler does after recording a call. */
  @FunctionalInterface
  interface Behavior {
    Behavior SUCCEED = (event, context) -> HandlerTable.COMPLETED;

    CompletionStage<?> on(Object event, EventContext context) throws Exception;
  }

  /** Base of the handlers: a journal and a replaceable behavior. */
  abstract static class Recording {
    final String name;
    final Journal journal;
    volatile Behavior behavior = Behavior.SUCCEED;

    /** Off in the stress test, which checks order itself instead of keeping every call. */
    volatile boolean journaling = true;

    Recording(String name, Journal journal) {
      this.name = name;
      this.journal = journal;
    }

    CompletionStage<?> handle(Object event, EventContext context) throws Exception {
      if (journaling) {
        journal.record(name, event, context);
      }
      return behavior.on(event, context);
    }
  }

  /** IMMEDIATE: may refuse an order, vetoing the unit of work. */
  static final class Inventory extends Recording {
    Inventory(Journal journal) {
      super("inventory", journal);
    }

    void reserve(OrderConfirmed event, EventContext context) throws Exception {
      handle(event, context);
    }
  }

  static final class Kitchen extends Recording {
    Kitchen(Journal journal) {
      super("kitchen", journal);
    }

    void startCooking(OrderConfirmed event, EventContext context) throws Exception {
      handle(event, context);
    }
  }

  /** Asynchronous: returns its behavior's stage. */
  static final class Mailer extends Recording {
    Mailer(Journal journal) {
      super("mailer", journal);
    }

    CompletionStage<?> notify(OrderEvent event, EventContext context) throws Exception {
      return handle(event, context);
    }
  }

  static final class Ledger extends Recording {
    Ledger(Journal journal) {
      super("ledger", journal);
    }

    CompletionStage<?> record(Step event, EventContext context) throws Exception {
      return handle(event, context);
    }
  }

  static final class Audit extends Recording {
    Audit(Journal journal) {
      super("audit", journal);
    }

    void record(Step event, EventContext context) throws Exception {
      handle(event, context);
    }

    void announce(Announcement event, EventContext context) throws Exception {
      handle(event, context);
    }
  }
}
