package com.mariopizzeria.kitchen;

import com.mariopizzeria.orders.OrderCancelled;
import com.mariopizzeria.orders.OrderConfirmed;
import dev.herald.Handles;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;

/** Starts baking confirmed orders and stops baking cancelled ones. */
@Singleton
public final class Kitchen {

  private final List<String> inTheOven = new ArrayList<>();

  @Inject
  public Kitchen() {}

  @Handles
  public void startBaking(OrderConfirmed event) {
    inTheOven.add(event.orderId());
    System.out.println("  kitchen: baking order " + event.orderId());
  }

  @Handles
  public void stopBaking(OrderCancelled event) {
    if (inTheOven.remove(event.orderId())) {
      System.out.println("  kitchen: took order " + event.orderId() + " out of the oven");
    } else {
      System.out.println("  kitchen: order " + event.orderId() + " was never baked, nothing to do");
    }
  }

  /** The orders being baked, in the order they went in. */
  public List<String> inTheOven() {
    return List.copyOf(inTheOven);
  }
}
