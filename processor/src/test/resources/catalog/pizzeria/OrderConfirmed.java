package com.example.pizzeria;

import dev.herald.IntegrationEvent;
import java.time.Instant;

@IntegrationEvent(type = "com.example.pizzeria.order.confirmed", version = 1, source = "example/pizzeria")
public record OrderConfirmed(String orderId, long totalCents, Instant confirmedAt) implements OrderEvent {}
