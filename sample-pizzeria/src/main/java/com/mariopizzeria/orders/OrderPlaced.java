package com.mariopizzeria.orders;

import dev.herald.DomainEvent;
import java.util.List;

/** A customer placed an order; it is not confirmed yet, so it stays inside the service. */
@DomainEvent
public record OrderPlaced(String orderId, String customerId, List<String> pizzas)
    implements OrderEvent {

  public OrderPlaced {
    pizzas = List.copyOf(pizzas);
  }
}
