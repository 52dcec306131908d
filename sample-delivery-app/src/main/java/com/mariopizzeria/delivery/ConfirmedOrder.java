package com.mariopizzeria.delivery;

import dev.herald.IntegrationEvent;

/**
 * The delivery app's view of {@code com.mariopizzeria.order.confirmed.v1}: of the pizzeria's fields
 * it reads only these three; the pizzas it does not need are ignored.
 */
@IntegrationEvent(
    type = "com.mariopizzeria.order.confirmed",
    version = 1,
    source = "mario-pizzeria/orders")
public record ConfirmedOrder(String orderId, String customerName, long totalCents) {}
