package com.mariopizzeria.orders;

import java.util.List;
import java.util.Objects;

/**
 * An order's state as a repository keeps it: an immutable copy, so that a unit of work that fails
 * after the order changed in memory leaves the saved order as it was.
 *
 * @param version the sequence number of the order's last event
 */
public record OrderSnapshot(
    String id,
    String customerName,
    String customerEmail,
    OrderStatus status,
    List<PizzaLine> pizzas,
    long version) {

  public OrderSnapshot {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(status, "status");
    pizzas = List.copyOf(pizzas);
  }
}
