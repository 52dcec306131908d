package com.mariopizzeria.analytics;

import com.mariopizzeria.orders.OrderCancelled;
import com.mariopizzeria.orders.OrderConfirmed;
import com.mariopizzeria.orders.PizzaLine;
import java.util.Map;
import java.util.TreeMap;

/**
 * The sales arithmetic, shared by the live figures and the replayed report so that they count alike
 * and differ only if the events they were given differ. Not thread-safe: its owner synchronizes.
 */
final class SalesTally {

  private final Map<String, Integer> pizzasSold = new TreeMap<>();
  private long revenueCents;
  private int confirmed;
  private int cancelled;
  private int delivered;

  void confirmed(OrderConfirmed event) {
    confirmed++;
    revenueCents += event.totalCents();
    for (PizzaLine line : event.pizzas()) {
      pizzasSold.merge(line.pizza(), 1, Integer::sum);
    }
  }

  /** Counts the cancellation; refunds it when the order had been confirmed. */
  void cancelled(OrderCancelled event) {
    cancelled++;
    if (event.wasConfirmed()) {
      revenueCents -= event.totalCents();
    }
  }

  void delivered() {
    delivered++;
  }

  SalesFigures figures() {
    return new SalesFigures(revenueCents, confirmed, cancelled, delivered, pizzasSold);
  }
}
