package dev.herald.kafka.orders;

import dev.herald.runtime.AggregateRoot;

/** Service A's aggregate: confirming it raises the integration event. */
public final class Order extends AggregateRoot<String> {

  private final String id;

  public Order(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }

  public void confirm(long totalCents) {
    raise(new OrderConfirmed(id, "customer-" + id, totalCents));
  }
}
