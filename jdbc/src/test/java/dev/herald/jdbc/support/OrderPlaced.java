package dev.herald.jdbc.support;

/** A test event: an order with some pizzas. */
public record OrderPlaced(String orderId, int pizzas) {}
