package dev.herald.kafka.orders;

/** Service A's second integration event. */
public record OrderReady(String orderId) {}
