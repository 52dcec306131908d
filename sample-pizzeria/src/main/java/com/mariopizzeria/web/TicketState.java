package com.mariopizzeria.web;

import java.util.Locale;

/** Where a ticket is on the board, in the order a ticket moves. */
public enum TicketState {
  QUEUED,
  COOKING,
  READY,
  OUT_FOR_DELIVERY,
  DELIVERED,
  CANCELLED;

  /** The name the page uses: {@code "out-for-delivery"}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * Whether a ticket here may move to {@code next}: only forward, so that an event delivered again
   * (deliveries are at least once) never moves a ticket back.
   */
  boolean mayMoveTo(TicketState next) {
    return next.ordinal() > ordinal() && this != DELIVERED && this != CANCELLED;
  }
}
