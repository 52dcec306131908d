package com.example.orders;

import dev.herald.DomainEvent;

@DomainEvent
public record OrderPlaced(String orderId) implements OrderEvent {}
