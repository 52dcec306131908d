package com.mariopizzeria.orders;

import dev.herald.IntegrationEvent;

/**
 * Every pizza of the order is cooked; couriers learn it as {@code
 * com.mariopizzeria.order.ready.v1}.
 */
@IntegrationEvent(
    type = "com.mariopizzeria.order.ready",
    version = 1,
    source = "mario-pizzeria/orders")
public record OrderReady(String orderId, String customerName, String customerEmail)
    implements OrderEvent {}
