package com.example.pizzeria;

import dev.herald.DomainEvent;
import java.math.BigDecimal;
import java.util.List;

@DomainEvent
public record OrderPlaced(String orderId, List<Pizza> pizzas, BigDecimal total) implements OrderEvent {}
