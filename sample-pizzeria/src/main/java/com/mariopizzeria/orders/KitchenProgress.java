package com.mariopizzeria.orders;

import com.mariopizzeria.Journal;
import com.mariopizzeria.kitchen.TicketCooked;
import com.mariopizzeria.kitchen.TicketStarted;
import dev.herald.Handles;
import jakarta.inject.Inject;

/**
 * Moves orders along as the kitchen module announces its work: the kitchen does not know orders,
 * and the orders learn of the kitchen only through its events.
 *
 * <p>Deliveries are at least once, so each step checks the order's status first and ignores an
 * event it has already applied.
 */
public final class KitchenProgress {

  private final OrderService orders;
  private final Journal journal;

  @Inject
  public KitchenProgress(OrderService orders, Journal journal) {
    this.orders = orders;
    this.journal = journal;
  }

  @Handles
  public void started(TicketStarted event) {
    OrderStatus status = orders.find(event.orderId()).status();
    if (status == OrderStatus.CONFIRMED) {
      orders.startCooking(event.orderId(), event.ticketNumber());
      journal.say("orders", event.orderId() + " is cooking");
    }
  }

  @Handles
  public void cooked(TicketCooked event) {
    OrderStatus status = orders.find(event.orderId()).status();
    switch (status) {
      case CONFIRMED ->
          // The ticket's start has not been applied yet (events outside aggregates are not
          // ordered):
          // failing makes the bus retry this one after it.
          throw new IllegalStateException(
              event.orderId() + " is not cooking yet; retry after TicketStarted");
      case COOKING -> {
        orders.markReady(event.orderId());
        journal.say("orders", event.orderId() + " is ready");
      }
      case CANCELLED ->
          journal.say("orders", event.orderId() + " was cancelled; the staff eat the pizzas");
      default -> {
        // READY or later: a redelivery of an event already applied.
      }
    }
  }
}
