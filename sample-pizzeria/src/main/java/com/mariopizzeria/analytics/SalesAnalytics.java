package com.mariopizzeria.analytics;

import com.mariopizzeria.Journal;
import com.mariopizzeria.Money;
import com.mariopizzeria.orders.OrderCancelled;
import com.mariopizzeria.orders.OrderConfirmed;
import com.mariopizzeria.orders.OrderDelivered;
import com.mariopizzeria.orders.OrderEvent;
import com.mariopizzeria.orders.PizzaLine;
import dev.herald.Handles;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/** Keeps the day's sales totals from the order events. */
@Singleton
public final class SalesAnalytics {

  private final Journal journal;
  private final Map<String, Integer> eventCounts = new TreeMap<>();
  private final Map<String, Integer> pizzasSold = new TreeMap<>();
  private long revenueCents;
  private int confirmed;
  private int cancelled;
  private int delivered;

  @Inject
  public SalesAnalytics(Journal journal) {
    this.journal = journal;
  }

  /** Counts every order event by type: a handler of the sealed interface receives all eight. */
  @Handles
  public synchronized void count(OrderEvent event) {
    eventCounts.merge(event.getClass().getSimpleName(), 1, Integer::sum);
  }

  @Handles
  public synchronized void sold(OrderConfirmed event) {
    confirmed++;
    revenueCents += event.totalCents();
    for (PizzaLine line : event.pizzas()) {
      pizzasSold.merge(line.pizza(), 1, Integer::sum);
    }
    journal.say(
        "analytics", "sales " + Money.euros(revenueCents) + " from " + confirmed + " order(s)");
  }

  @Handles
  public synchronized void refunded(OrderCancelled event) {
    cancelled++;
    if (event.wasConfirmed()) {
      revenueCents -= event.totalCents();
      journal.say(
          "analytics",
          "refunded " + Money.euros(event.totalCents()) + "; sales " + Money.euros(revenueCents));
    }
  }

  @Handles
  public synchronized void delivered(OrderDelivered event) {
    delivered++;
  }

  public synchronized long revenueCents() {
    return revenueCents;
  }

  public synchronized int confirmed() {
    return confirmed;
  }

  public synchronized int cancelled() {
    return cancelled;
  }

  public synchronized int delivered() {
    return delivered;
  }

  /** Pizzas of confirmed orders by name (cancellations included). */
  public synchronized Map<String, Integer> pizzasSold() {
    return Collections.unmodifiableMap(new TreeMap<>(pizzasSold));
  }

  /** Order events seen, by simple type name. */
  public synchronized Map<String, Integer> eventCounts() {
    return Map.copyOf(eventCounts);
  }
}
