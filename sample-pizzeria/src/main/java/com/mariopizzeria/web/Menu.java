package com.mariopizzeria.web;

import com.mariopizzeria.orders.OrderService.PizzaRequest;
import com.mariopizzeria.orders.Size;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/** What the page offers and at what price, in euro cents per size (small, medium, large). */
final class Menu {

  private static final Map<String, long[]> PRICES =
      Map.of(
          "Margherita", new long[] {850, 950, 1250},
          "Diavola", new long[] {900, 1100, 1450},
          "Funghi", new long[] {850, 1000, 1300},
          "Quattro Formaggi", new long[] {1000, 1150, 1400});

  private Menu() {}

  /**
   * The pizza a customer picked on the page.
   *
   * @throws IllegalArgumentException naming what is not on the menu
   */
  static PizzaRequest pick(String pizza, String size) {
    long[] prices = PRICES.get(pizza);
    if (prices == null) {
      throw new IllegalArgumentException(
          "'" + pizza + "' is not on the menu; it has " + new TreeSet<>(PRICES.keySet()));
    }
    Size chosen;
    try {
      chosen = Size.valueOf(size.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException notASize) {
      throw new IllegalArgumentException("size must be small, medium or large, was '" + size + "'");
    }
    return new PizzaRequest(pizza, chosen, prices[chosen.ordinal()]);
  }
}
