package com.mariopizzeria.kitchen;

import dev.herald.DomainEvent;

/** A cook took a ticket off the rail and started on it. */
@DomainEvent
// The kitchen only announces it; the order module handles it.
@SuppressWarnings("herald:HERALD-301")
public record TicketStarted(String orderId, int ticketNumber) {}
