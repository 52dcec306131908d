package com.example.orders.kitchen;

import com.example.orders.OrderCancelled;
import com.example.orders.OrderConfirmed;
import dev.herald.Handles;
import dev.herald.Phase;
import dev.herald.runtime.EventContext;
import jakarta.inject.Inject;
import java.util.function.Consumer;

public final class Kitchen {

  private final Consumer<String> journal;

  @Inject
  public Kitchen(Consumer<String> journal) {
    this.journal = journal;
  }

  @Handles(phase = Phase.IMMEDIATE)
  public void reserveOven(OrderConfirmed event) {
    journal.accept("kitchen.reserveOven " + event.orderId());
  }

  @Handles
  public void startBaking(OrderConfirmed event, EventContext context) {
    journal.accept("kitchen.startBaking " + event.orderId() + " attempt " + context.attempt());
  }

  @Handles
  public void stopBaking(OrderCancelled event) {
    journal.accept("kitchen.stopBaking " + event.orderId());
  }
}
