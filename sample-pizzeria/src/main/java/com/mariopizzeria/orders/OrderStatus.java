package com.mariopizzeria.orders;

/** Where an order is in its life; see {@link Order} for the allowed transitions. */
public enum OrderStatus {
  PENDING,
  CONFIRMED,
  COOKING,
  READY,
  OUT_FOR_DELIVERY,
  DELIVERED,
  CANCELLED;

  /** Whether nothing can happen to the order any more. */
  public boolean isFinal() {
    return this == DELIVERED || this == CANCELLED;
  }
}
