package com.mariopizzeria.orders;

import dev.herald.IntegrationEvent;

/**
 * The customer has the pizzas; billing and loyalty learn it as {@code
 * com.mariopizzeria.order.delivered.v1}.
 */
@IntegrationEvent(
    type = "com.mariopizzeria.order.delivered",
    version = 1,
    source = "mario-pizzeria/orders")
public record OrderDelivered(
    String orderId, String customerName, String customerEmail, long totalCents)
    implements OrderEvent {}
