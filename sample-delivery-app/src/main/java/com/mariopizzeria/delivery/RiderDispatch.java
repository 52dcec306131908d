package com.mariopizzeria.delivery;

import dev.herald.Handles;
import jakarta.inject.Inject;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Books a rider when an order is confirmed and sends one when it is ready. */
public final class RiderDispatch {

  private final PrintStream out;
  private final List<ConfirmedOrder> confirmed = new CopyOnWriteArrayList<>();
  private final List<ReadyOrder> ready = new CopyOnWriteArrayList<>();

  /** Prints to {@code out}; {@code @Inject} because the generated Dagger module may build it. */
  @Inject
  public RiderDispatch(PrintStream out) {
    this.out = out;
  }

  @Handles
  public void confirmed(ConfirmedOrder order) {
    confirmed.add(order);
    out.printf(
        "delivery app: %s confirmed for %s (€%d.%02d), a rider is booked%n",
        order.orderId(), order.customerName(), order.totalCents() / 100, order.totalCents() % 100);
  }

  @Handles
  public void ready(ReadyOrder order) {
    ready.add(order);
    out.printf(
        "delivery app: %s is ready, dispatching a rider to %s%n",
        order.orderId(), order.customerName());
  }

  /** The confirmations received, in arrival order. */
  public List<ConfirmedOrder> confirmedOrders() {
    return List.copyOf(confirmed);
  }

  /** The ready orders received, in arrival order. */
  public List<ReadyOrder> readyOrders() {
    return List.copyOf(ready);
  }
}
