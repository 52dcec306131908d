package com.mariopizzeria.analytics;

import com.mariopizzeria.Money;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The day's sales at one moment: what the live {@link SalesAnalytics} and the replayed {@link
 * SalesReport} both give, so that the two can be compared.
 *
 * @param revenueCents confirmed orders' totals, less the refunds of cancelled ones
 * @param pizzasSold pizzas of confirmed orders by name (cancellations included), sorted
 */
public record SalesFigures(
    long revenueCents,
    int confirmed,
    int cancelled,
    int delivered,
    Map<String, Integer> pizzasSold) {

  public SalesFigures {
    pizzasSold = Collections.unmodifiableMap(new TreeMap<>(pizzasSold));
  }

  /** "€42.50 from 3 confirmed, 1 cancelled, 2 delivered; pizzas {Diavola=1, ...}". */
  public String summary() {
    return Money.euros(revenueCents)
        + " from "
        + confirmed
        + " confirmed, "
        + cancelled
        + " cancelled, "
        + delivered
        + " delivered; pizzas "
        + pizzasSold;
  }
}
