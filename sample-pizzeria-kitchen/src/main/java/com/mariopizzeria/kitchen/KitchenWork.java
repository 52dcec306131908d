package com.mariopizzeria.kitchen;

import java.util.List;

/**
 * An event that gives the kitchen something to do: open a ticket, or withdraw one.
 *
 * <p>The order module's records implement it; this module never sees them. Herald's generated table
 * of this module routes them to {@link TicketQueue} at run time, since it cannot know them when it
 * is compiled.
 */
public interface KitchenWork {

  /** The order the ticket belongs to. */
  String orderId();

  /** What the kitchen does with the order's ticket. */
  TicketAction kitchenAction();

  /** The lines to cook, such as {@code "Margherita (large)"}; empty for a withdrawal. */
  default List<String> ticketLines() {
    return List.of();
  }
}
