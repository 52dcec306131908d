package com.mariopizzeria.orders;

/**
 * Anything that happens to an order; sealed, so Herald resolves at compile time every record a
 * handler of {@code OrderEvent} receives.
 */
public sealed interface OrderEvent
    permits OrderPlaced,
        PizzaAddedToOrder,
        OrderConfirmed,
        CookingStarted,
        OrderReady,
        OrderOutForDelivery,
        OrderDelivered,
        OrderCancelled {

  /** The order the event is about. */
  String orderId();
}
