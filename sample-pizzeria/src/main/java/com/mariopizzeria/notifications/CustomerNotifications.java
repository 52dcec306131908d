package com.mariopizzeria.notifications;

import com.mariopizzeria.orders.OrderCancelled;
import com.mariopizzeria.orders.OrderConfirmed;
import dev.herald.Handles;
import dev.herald.runtime.EventContext;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Tells customers what happened to their order. Sending a message completes later, so the
 * confirmation handler returns a stage instead of blocking.
 */
@Singleton
public final class CustomerNotifications {

  @Inject
  public CustomerNotifications() {}

  @Handles
  public CompletionStage<Void> sendConfirmation(OrderConfirmed event, EventContext context) {
    return CompletableFuture.runAsync(
        () ->
            System.out.println(
                "  notifications: told "
                    + event.customerId()
                    + " that order "
                    + event.orderId()
                    + " is confirmed (attempt "
                    + context.attempt()
                    + ")"));
  }

  @Handles
  public void sendApology(OrderCancelled event) {
    System.out.println(
        "  notifications: apologised for order " + event.orderId() + " (" + event.reason() + ")");
  }
}
