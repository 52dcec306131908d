package com.mariopizzeria.delivery;

import dev.herald.Handles;
import jakarta.inject.Inject;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** One point per euro of a delivered order, per customer. */
public final class LoyaltyPoints {

  private final PrintStream out;
  private final Map<String, Long> points = new ConcurrentHashMap<>();
  private final List<DeliveredOrder> delivered = new CopyOnWriteArrayList<>();

  /** Prints to {@code out}; {@code @Inject} because the generated Dagger module may build it. */
  @Inject
  public LoyaltyPoints(PrintStream out) {
    this.out = out;
  }

  @Handles
  public void delivered(DeliveredOrder order) {
    delivered.add(order);
    long total = points.merge(order.customerName(), order.totalCents() / 100, Long::sum);
    out.printf(
        "loyalty:      %s earns %d points for %s (%d in all)%n",
        order.customerName(), order.totalCents() / 100, order.orderId(), total);
  }

  /** The deliveries received, in arrival order. */
  public List<DeliveredOrder> deliveredOrders() {
    return List.copyOf(delivered);
  }

  /** Points per customer. */
  public Map<String, Long> points() {
    return Map.copyOf(points);
  }
}
