package com.mariopizzeria.analytics;

import com.mariopizzeria.Journal;
import com.mariopizzeria.Money;
import com.mariopizzeria.orders.OrderCancelled;
import com.mariopizzeria.orders.OrderConfirmed;
import com.mariopizzeria.orders.OrderDelivered;
import com.mariopizzeria.orders.OrderEvent;
import dev.herald.Handles;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.TreeMap;

/** Keeps the day's sales totals from the order events as they are delivered. */
@Singleton
public final class SalesAnalytics {

  private final Journal journal;
  private final Map<String, Integer> eventCounts = new TreeMap<>();
  private final SalesTally tally = new SalesTally();

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
    tally.confirmed(event);
    SalesFigures now = tally.figures();
    journal.say(
        "analytics",
        "sales " + Money.euros(now.revenueCents()) + " from " + now.confirmed() + " order(s)");
  }

  @Handles
  public synchronized void refunded(OrderCancelled event) {
    tally.cancelled(event);
    if (event.wasConfirmed()) {
      journal.say(
          "analytics",
          "refunded "
              + Money.euros(event.totalCents())
              + "; sales "
              + Money.euros(tally.figures().revenueCents()));
    }
  }

  @Handles
  public synchronized void delivered(OrderDelivered event) {
    tally.delivered();
  }

  /** The figures so far. */
  public synchronized SalesFigures figures() {
    return tally.figures();
  }

  public long revenueCents() {
    return figures().revenueCents();
  }

  public int confirmed() {
    return figures().confirmed();
  }

  public int cancelled() {
    return figures().cancelled();
  }

  public int delivered() {
    return figures().delivered();
  }

  /** Pizzas of confirmed orders by name (cancellations included). */
  public Map<String, Integer> pizzasSold() {
    return figures().pizzasSold();
  }

  /** Order events seen, by simple type name. */
  public synchronized Map<String, Integer> eventCounts() {
    return Map.copyOf(eventCounts);
  }
}
