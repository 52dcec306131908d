package com.mariopizzeria.orders;

import java.util.Objects;

/**
 * One pizza of an order.
 *
 * @param pizza the menu name, e.g. "Margherita"
 * @param size its size
 * @param priceCents its price in euro cents
 */
public record PizzaLine(String pizza, Size size, long priceCents) {

  public PizzaLine {
    Objects.requireNonNull(pizza, "pizza");
    Objects.requireNonNull(size, "size");
    if (priceCents < 0) {
      throw new IllegalArgumentException("price must not be negative, was " + priceCents);
    }
  }

  /** How the kitchen reads it: "Margherita (large)". */
  public String ticketLine() {
    return pizza + " (" + size.label() + ")";
  }
}
