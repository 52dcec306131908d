package dev.herald.benchmarks.unitofwork;

import dev.herald.DomainEvent;

/** The order a pizza was added. */
@DomainEvent
public record PizzaAdded(String orderId, String pizza, long priceCents) {}
