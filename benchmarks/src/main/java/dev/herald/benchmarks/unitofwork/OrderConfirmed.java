package dev.herald.benchmarks.unitofwork;

import dev.herald.DomainEvent;

/** The order confirmed. */
@DomainEvent
public record OrderConfirmed(String orderId, String customerId, long totalCents) {}
