package com.mariopizzeria.delivery;

import dev.herald.IntegrationEvent;

/**
 * The delivery app's view of {@code com.mariopizzeria.order.delivered.v1}: the loyalty points are
 * earned.
 */
@IntegrationEvent(
    type = "com.mariopizzeria.order.delivered",
    version = 1,
    source = "mario-pizzeria/orders")
public record DeliveredOrder(String orderId, String customerName, long totalCents) {}
