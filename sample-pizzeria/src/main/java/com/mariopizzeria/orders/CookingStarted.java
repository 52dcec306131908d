package com.mariopizzeria.orders;

import dev.herald.DomainEvent;

/** The kitchen started on the order's ticket. */
@DomainEvent
public record CookingStarted(String orderId, int ticketNumber) implements OrderEvent {}
