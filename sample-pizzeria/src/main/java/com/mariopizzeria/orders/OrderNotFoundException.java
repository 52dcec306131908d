package com.mariopizzeria.orders;

import java.util.NoSuchElementException;

/** A command named an order the repository does not have. */
public final class OrderNotFoundException extends NoSuchElementException {

  private static final long serialVersionUID = 1L;

  public OrderNotFoundException(String orderId) {
    super("No order " + orderId);
  }
}
