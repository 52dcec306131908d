package com.mariopizzeria.orders;

import dev.herald.IntegrationEvent;

/**
 * The pizzeria accepted an order and charged for it: other services (delivery, loyalty) learn it as
 * the CloudEvent {@code com.mariopizzeria.order.confirmed.v1}.
 */
@IntegrationEvent(
    type = "com.mariopizzeria.order.confirmed",
    version = 1,
    source = "mario-pizzeria/orders")
public record OrderConfirmed(String orderId, String customerId, long totalCents)
    implements OrderEvent {}
