package dev.herald.benchmarks.outbox;

/** First of the three events a benchmark order raises; {@code unit} numbers its unit of work. */
public record OrderPlaced(String orderId, int unit, int pizzas) {}
