package dev.herald.kafka.delivery;

/** Service B's own record of service A's OrderConfirmed contract (another class, same fields). */
public record ConfirmedOrder(String orderId, String customerId, long totalCents)
    implements OrderNews {}
