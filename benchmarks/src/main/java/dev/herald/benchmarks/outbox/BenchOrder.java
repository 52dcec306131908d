package dev.herald.benchmarks.outbox;

import dev.herald.runtime.AggregateRoot;

/** The aggregate of one unit of work: a new order that raises three events. */
public final class BenchOrder extends AggregateRoot<String> {

  /** Events each unit of work commits. */
  public static final int EVENTS_PER_UNIT = 3;

  private final String id;

  private BenchOrder(String id) {
    this.id = id;
  }

  /** A new order for unit of work {@code unit}, placed, confirmed and ready. */
  public static BenchOrder placeConfirmAndBake(int unit) {
    BenchOrder order = new BenchOrder("order-" + unit);
    order.raise(new OrderPlaced(order.id, unit, 2));
    order.raise(new OrderConfirmed(order.id, unit, 2_450L));
    order.raise(new OrderReady(order.id, unit));
    return order;
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  protected String aggregateType() {
    return "BenchOrder";
  }
}
