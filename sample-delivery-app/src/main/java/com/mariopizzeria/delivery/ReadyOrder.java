package com.mariopizzeria.delivery;

import dev.herald.IntegrationEvent;

/** The delivery app's view of {@code com.mariopizzeria.order.ready.v1}: time to send a rider. */
@IntegrationEvent(
    type = "com.mariopizzeria.order.ready",
    version = 1,
    source = "mario-pizzeria/orders")
public record ReadyOrder(String orderId, String customerName) {}
