package com.mariopizzeria.kitchen;

import dev.herald.DomainEvent;
import java.util.List;

/**
 * A pizza came out of the oven burnt: the kitchen's own piece of {@link KitchenWork}, which queues
 * a ticket to bake it again.
 */
@DomainEvent
public record PizzaBurnt(String orderId, String pizza) implements KitchenWork {

  @Override
  public TicketAction kitchenAction() {
    return TicketAction.COOK;
  }

  @Override
  public List<String> ticketLines() {
    return List.of(pizza + " (again)");
  }
}
