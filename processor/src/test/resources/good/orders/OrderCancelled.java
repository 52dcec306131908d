package com.example.orders;

import dev.herald.DomainEvent;

@DomainEvent
public record OrderCancelled(String orderId, String reason) implements OrderEvent {}
