package com.mariopizzeria.kitchen;

import dev.herald.DomainEvent;

/** Every pizza of a ticket is out of the oven. */
@DomainEvent
// The kitchen only announces it; the order module handles it.
@SuppressWarnings("herald:HERALD-301")
public record TicketCooked(String orderId, int ticketNumber, int pizzas) {}
