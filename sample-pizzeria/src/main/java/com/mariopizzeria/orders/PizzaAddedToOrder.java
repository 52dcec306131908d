package com.mariopizzeria.orders;

import dev.herald.DomainEvent;

/** A pizza was added to a pending order. */
@DomainEvent
public record PizzaAddedToOrder(String orderId, String pizza, Size size, long priceCents)
    implements OrderEvent {}
