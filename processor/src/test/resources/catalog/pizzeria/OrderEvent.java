package com.example.pizzeria;

/** Every order event carries the order's id; the audit trail handles them all through it. */
public interface OrderEvent {
  String orderId();
}
