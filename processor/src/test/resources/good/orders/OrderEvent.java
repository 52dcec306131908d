package com.example.orders;

public sealed interface OrderEvent extends Auditable permits OrderPlaced, OrderConfirmed, OrderCancelled {
  String orderId();
}
