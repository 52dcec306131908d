package dev.herald.kafka.orders;

/** Service A's integration event (as the processor would see {@code @IntegrationEvent} on it). */
public record OrderConfirmed(String orderId, String customerId, long totalCents) {}
