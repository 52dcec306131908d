package com.mariopizzeria.web;

import java.util.List;

/**
 * One order's ticket as the board shows it.
 *
 * @param orderId the order
 * @param customer who ordered
 * @param pizzas the ticket's lines, such as {@code "Margherita (large)"}
 * @param totalCents what the order costs
 * @param state where it is
 * @param ticketNumber the kitchen's number, once cooking started; 0 before
 * @param courier who delivers it, once out; null before
 */
public record TicketCard(
    String orderId,
    String customer,
    List<String> pizzas,
    long totalCents,
    TicketState state,
    int ticketNumber,
    String courier) {

  public TicketCard {
    pizzas = List.copyOf(pizzas);
  }

  TicketCard moved(TicketState next) {
    return new TicketCard(orderId, customer, pizzas, totalCents, next, ticketNumber, courier);
  }

  TicketCard cooking(int number) {
    return new TicketCard(
        orderId, customer, pizzas, totalCents, TicketState.COOKING, number, courier);
  }

  TicketCard outWith(String by) {
    return new TicketCard(
        orderId, customer, pizzas, totalCents, TicketState.OUT_FOR_DELIVERY, ticketNumber, by);
  }
}
