package com.mariopizzeria.orders;

/** A command asked an order for a step its status does not allow, e.g. cooking a pending order. */
public final class IllegalOrderTransitionException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  private final String orderId;
  private final OrderStatus status;

  public IllegalOrderTransitionException(
      String orderId, OrderStatus status, String action, String allowedFrom) {
    super(
        "Order "
            + orderId
            + " cannot "
            + action
            + " while "
            + status
            + " (only from "
            + allowedFrom
            + ")");
    this.orderId = orderId;
    this.status = status;
  }

  /** The order that refused. */
  public String orderId() {
    return orderId;
  }

  /** The status it was in. */
  public OrderStatus status() {
    return status;
  }
}
