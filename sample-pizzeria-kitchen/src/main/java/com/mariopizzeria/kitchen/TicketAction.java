package com.mariopizzeria.kitchen;

/** What a piece of {@link KitchenWork} asks of the ticket queue. */
public enum TicketAction {

  /** Queue a ticket with the work's lines. */
  COOK,

  /** Take the order's waiting tickets off the queue; a ticket already taken by a cook stays. */
  WITHDRAW
}
