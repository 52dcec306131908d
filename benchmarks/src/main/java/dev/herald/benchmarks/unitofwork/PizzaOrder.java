package dev.herald.benchmarks.unitofwork;

import dev.herald.runtime.AggregateRoot;

/** An order aggregate that raises the three events of one business operation. */
public final class PizzaOrder extends AggregateRoot<String> {

  private final String id;

  public PizzaOrder(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }

  /** Places, adds a pizza to and confirms the order: three events. */
  public void placeAndConfirm(String customerId, String pizza, long priceCents) {
    raise(new OrderPlaced(id, customerId, priceCents));
    raise(new PizzaAdded(id, pizza, priceCents));
    raise(new OrderConfirmed(id, customerId, priceCents));
  }
}
