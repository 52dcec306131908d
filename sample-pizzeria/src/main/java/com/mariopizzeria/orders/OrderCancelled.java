package com.mariopizzeria.orders;

import com.mariopizzeria.kitchen.KitchenWork;
import com.mariopizzeria.kitchen.TicketAction;
import dev.herald.DomainEvent;

/**
 * The order was cancelled before it was delivered; the kitchen withdraws its waiting ticket (this
 * record is {@link KitchenWork} of the kitchen module).
 *
 * @param wasConfirmed whether the order had been confirmed (and counted as a sale) before
 */
@DomainEvent
public record OrderCancelled(
    String orderId,
    String customerName,
    String customerEmail,
    String reason,
    boolean wasConfirmed,
    long totalCents)
    implements OrderEvent, KitchenWork {

  @Override
  public TicketAction kitchenAction() {
    return TicketAction.WITHDRAW;
  }
}
