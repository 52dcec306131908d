package dev.herald.benchmarks.unitofwork;

import dev.herald.DomainEvent;

/** The order placed. */
@DomainEvent
public record OrderPlaced(String orderId, String customerId, long totalCents) {}
