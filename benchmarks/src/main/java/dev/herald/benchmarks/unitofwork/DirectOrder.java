package dev.herald.benchmarks.unitofwork;

import java.util.ArrayList;
import java.util.List;

/**
 * The floor of scenario 6: the same order written by hand, keeping its events in a list that the
 * caller then hands to the handlers with direct calls.
 */
public final class DirectOrder {

  private final String id;
  private final List<Object> events = new ArrayList<>(4);

  public DirectOrder(String id) {
    this.id = id;
  }

  public void placeAndConfirm(String customerId, String pizza, long priceCents) {
    events.add(new OrderPlaced(id, customerId, priceCents));
    events.add(new PizzaAdded(id, pizza, priceCents));
    events.add(new OrderConfirmed(id, customerId, priceCents));
  }

  /** The events raised, in order. */
  public List<Object> events() {
    return events;
  }
}
