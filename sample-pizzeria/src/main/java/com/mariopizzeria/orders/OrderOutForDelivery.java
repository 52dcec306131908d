package com.mariopizzeria.orders;

import dev.herald.DomainEvent;

/** A courier left with the order. */
@DomainEvent
public record OrderOutForDelivery(String orderId, String courier) implements OrderEvent {}
