package dev.herald.jdbc.support;

/** A second test event type. */
public record OrderConfirmed(String orderId) {}
