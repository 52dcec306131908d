package com.example.orders;

import dev.herald.IntegrationEvent;

@IntegrationEvent(type = "com.example.order.confirmed", version = 2, source = "example/orders")
public record OrderConfirmed(String orderId, long totalCents) implements OrderEvent {}
