package com.example.pizzeria;

import dev.herald.IntegrationEvent;
import java.util.Optional;
import java.util.UUID;

@IntegrationEvent(type = "com.example.pizzeria.order.delivered", version = 2, source = "example/pizzeria")
public record OrderDelivered(String orderId, UUID deliveryId, Optional<String> courier) implements OrderEvent {}
