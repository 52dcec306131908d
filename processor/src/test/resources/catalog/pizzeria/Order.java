package com.example.pizzeria;

import dev.herald.runtime.AggregateRoot;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The aggregate the catalog finds by reading its method bodies. */
public final class Order extends AggregateRoot<String> {

  private final String id;

  public Order(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }

  public void place(List<Pizza> pizzas, BigDecimal total) {
    raise(new OrderPlaced(id, pizzas, total));
  }

  public void confirm(long totalCents) {
    this.raise(new OrderConfirmed(id, totalCents, Instant.EPOCH));
  }

  public void deliver(String courier) {
    Runnable later = () -> raise(new com.example.pizzeria.OrderDelivered(id, UUID.randomUUID(), Optional.of(courier)));
    later.run();
  }

  /** Not an event: the catalog must not list it. */
  public void note(String text) {
    raise(new StringBuilder(text));
  }
}
