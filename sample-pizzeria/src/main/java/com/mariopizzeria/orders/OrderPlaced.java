package com.mariopizzeria.orders;

import dev.herald.DomainEvent;

/** A customer opened an order; pizzas follow. */
@DomainEvent
public record OrderPlaced(String orderId, String customerName, String customerEmail)
    implements OrderEvent {}
