package com.mariopizzeria.orders;

import com.mariopizzeria.kitchen.KitchenWork;
import com.mariopizzeria.kitchen.TicketAction;
import dev.herald.IntegrationEvent;
import java.util.List;

/**
 * The pizzeria accepted an order: the kitchen queues its ticket (this record is {@link KitchenWork}
 * of the kitchen module), and other services learn it as the CloudEvent {@code
 * com.mariopizzeria.order.confirmed.v1}.
 */
@IntegrationEvent(
    type = "com.mariopizzeria.order.confirmed",
    version = 1,
    source = "mario-pizzeria/orders")
public record OrderConfirmed(
    String orderId,
    String customerName,
    String customerEmail,
    List<PizzaLine> pizzas,
    long totalCents)
    implements OrderEvent, KitchenWork {

  public OrderConfirmed {
    pizzas = List.copyOf(pizzas);
  }

  @Override
  public TicketAction kitchenAction() {
    return TicketAction.COOK;
  }

  @Override
  public List<String> ticketLines() {
    return pizzas.stream().map(PizzaLine::ticketLine).toList();
  }
}
