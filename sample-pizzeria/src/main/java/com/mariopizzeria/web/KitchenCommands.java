package com.mariopizzeria.web;

import com.mariopizzeria.kitchen.Cook;
import com.mariopizzeria.kitchen.Ticket;
import com.mariopizzeria.orders.OrderService;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the page's buttons do: the same order-service and cook calls the scripted day makes. The
 * board learns the outcome from the events, never from here.
 */
public final class KitchenCommands {

  /** Who takes orders out. */
  static final String COURIER = "Yoshi";

  private final OrderService orders;
  private final Cook cook;

  /** Tickets a cook started from the page, by order, until they are out of the oven. */
  private final Map<String, Ticket> cooking = new ConcurrentHashMap<>();

  public KitchenCommands(OrderService orders, Cook cook) {
    this.orders = orders;
    this.cook = cook;
  }

  /**
   * Places and confirms an order of one pizza.
   *
   * @return the order's id
   * @throws IllegalArgumentException for a blank customer or a pizza not on the menu
   * @throws com.mariopizzeria.inventory.OutOfStockException when the stock check refuses it
   */
  String order(String customer, String pizza, String size) {
    if (customer == null || customer.isBlank() || customer.length() > 40) {
      throw new IllegalArgumentException("customer needs a name of 1 to 40 characters");
    }
    String name = customer.strip();
    String orderId =
        orders.place(
            name,
            name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", ".") + "@example.com",
            List.of(Menu.pick(pizza, size)));
    orders.confirm(orderId);
    return orderId;
  }

  /** Starts the oldest waiting ticket; empty when none waits. */
  Optional<String> cookNext() {
    Optional<Ticket> started = cook.startNext();
    started.ifPresent(ticket -> cooking.put(ticket.orderId(), ticket));
    return started.map(Ticket::orderId);
  }

  /**
   * Takes the order's pizzas out of the oven.
   *
   * @throws IllegalStateException when no ticket of the order is cooking here
   */
  void cooked(String orderId) {
    Ticket ticket = cooking.remove(orderId);
    if (ticket == null) {
      throw new IllegalStateException("no ticket of " + orderId + " is in the oven");
    }
    cook.finish(ticket);
  }

  void sendOut(String orderId) {
    orders.sendOut(orderId, COURIER);
  }

  void deliver(String orderId) {
    orders.deliver(orderId);
  }
}
