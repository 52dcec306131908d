package com.mariopizzeria.notifications;

import com.mariopizzeria.Money;
import com.mariopizzeria.orders.OrderCancelled;
import com.mariopizzeria.orders.OrderConfirmed;
import com.mariopizzeria.orders.OrderDelivered;
import dev.herald.Handles;
import jakarta.inject.Inject;

/**
 * Tells customers what happened to their order. A failed send is thrown to the bus, which retries
 * it on its own while the kitchen and the stock go on.
 */
public final class CustomerNotifications {

  private final EmailSender sender;

  @Inject
  public CustomerNotifications(EmailSender sender) {
    this.sender = sender;
  }

  @Handles
  public void confirmed(OrderConfirmed event) throws MailServerDownException {
    sender.send(
        new Email(
            event.customerEmail(),
            "Order "
                + event.orderId()
                + " confirmed: "
                + event.pizzas().size()
                + " pizza(s), "
                + Money.euros(event.totalCents()),
            "Ciao " + event.customerName() + ", Mario is firing up the oven."));
  }

  @Handles
  public void cancelled(OrderCancelled event) throws MailServerDownException {
    sender.send(
        new Email(
            event.customerEmail(),
            "Order " + event.orderId() + " cancelled: " + event.reason(),
            "Ciao "
                + event.customerName()
                + ", we are sorry."
                + (event.wasConfirmed() ? " You will not be charged." : "")));
  }

  @Handles
  public void delivered(OrderDelivered event) throws MailServerDownException {
    sender.send(
        new Email(
            event.customerEmail(),
            "Order " + event.orderId() + " delivered, buon appetito!",
            "Ciao " + event.customerName() + ", thank you for ordering at Mario's."));
  }
}
