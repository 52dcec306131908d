package com.mariopizzeria.inventory;

/**
 * The store room cannot cook an order; thrown by an IMMEDIATE handler, it aborts the confirmation.
 */
public final class OutOfStockException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  public OutOfStockException(String message) {
    super(message);
  }
}
