package dev.herald.test;

import dev.herald.runtime.EventContext;
import dev.herald.test.PizzeriaEvents.OrderConfirmed;
import dev.herald.test.PizzeriaEvents.OrderEvent;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** The handler classes of the test pizzeria, with knobs that make them refuse or fail. */
final class PizzeriaHandlers {

  private PizzeriaHandlers() {}

  /** IMMEDIATE: refuses orders while out of stock, which vetoes the unit of work. */
  static final class Inventory {
    volatile boolean outOfStock;
    final List<String> reserved = new CopyOnWriteArrayList<>();

    void reserve(OrderConfirmed event, EventContext context) {
      if (outOfStock) {
        throw new IllegalStateException("Out of stock for order " + event.orderId());
      }
      reserved.add(event.orderId());
    }
  }

  /** AFTER_COMMIT: queues a ticket per confirmed order, unless on fire. */
  static final class Kitchen {
    volatile boolean onFire;
    final List<String> tickets = new CopyOnWriteArrayList<>();

    void startCooking(OrderConfirmed event, EventContext context) {
      if (onFire) {
        throw new IllegalStateException("kitchen on fire");
      }
      tickets.add(event.orderId());
    }
  }

  /** AFTER_COMMIT on every order event: fails its first {@code failuresLeft} attempts. */
  static final class Mailer {
    final AtomicInteger failuresLeft = new AtomicInteger();
    final List<String> sent = new CopyOnWriteArrayList<>();

    void notify(OrderEvent event, EventContext context) {
      if (failuresLeft.getAndDecrement() > 0) {
        throw new IllegalStateException("mail server down");
      }
      sent.add(event.getClass().getSimpleName() + " " + event.orderId());
    }
  }
}
