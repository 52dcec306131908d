package com.mariopizzeria.orders;

import dev.herald.DomainEvent;

/** An order was cancelled before it was baked. */
@DomainEvent
public record OrderCancelled(String orderId, String reason) implements OrderEvent {}
