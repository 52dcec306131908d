package com.mariopizzeria.kitchen;

import java.util.List;
import java.util.Objects;

/**
 * A slip on the kitchen's rail: what to cook for one order.
 *
 * @param number the ticket's number, from 1, in the order tickets were queued
 * @param orderId the order it is for
 * @param lines what to cook
 */
public record Ticket(int number, String orderId, List<String> lines) {

  public Ticket {
    Objects.requireNonNull(orderId, "orderId");
    lines = List.copyOf(lines);
  }
}
