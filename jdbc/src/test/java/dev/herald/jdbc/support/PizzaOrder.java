package dev.herald.jdbc.support;

import dev.herald.runtime.AggregateRoot;

/** A minimal aggregate that raises OrderPlaced, so events carry an aggregate id and sequence. */
public final class PizzaOrder extends AggregateRoot<String> {

  private final String id;

  public PizzaOrder(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }

  public PizzaOrder place(int pizzas) {
    raise(new OrderPlaced(id, pizzas));
    return this;
  }
}
