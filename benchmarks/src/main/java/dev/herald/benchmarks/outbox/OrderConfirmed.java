package dev.herald.benchmarks.outbox;

/** Second of the three events a benchmark order raises. */
public record OrderConfirmed(String orderId, int unit, long totalCents) {}
