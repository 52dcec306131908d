package dev.herald.benchmarks.outbox;

/** Third of the three events a benchmark order raises. */
public record OrderReady(String orderId, int unit) {}
