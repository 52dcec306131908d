package com.mariopizzeria.orders;

import dev.herald.runtime.AggregateRoot;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A customer's order: the aggregate that raises every {@link OrderEvent}.
 *
 * <p>Its life: pending, confirmed, cooking, ready, out for delivery, delivered; it can be cancelled
 * from any status but delivered and cancelled. A command its status does not allow throws {@link
 * IllegalOrderTransitionException} and raises nothing.
 */
public final class Order extends AggregateRoot<String> {

  private final String id;
  private final String customerName;
  private final String customerEmail;
  private final List<PizzaLine> pizzas = new ArrayList<>();
  private OrderStatus status;

  private Order(String id, String customerName, String customerEmail, OrderStatus status) {
    this.id = requireText(id, "id");
    this.customerName = requireText(customerName, "customerName");
    this.customerEmail = requireText(customerEmail, "customerEmail");
    this.status = status;
  }

  /** Opens a pending order. */
  public static Order place(String id, String customerName, String customerEmail) {
    Order order = new Order(id, customerName, customerEmail, OrderStatus.PENDING);
    order.raise(new OrderPlaced(id, customerName, customerEmail));
    return order;
  }

  /** Rebuilds an order a repository saved; it raises nothing. */
  public static Order restore(OrderSnapshot snapshot) {
    Order order =
        new Order(
            snapshot.id(), snapshot.customerName(), snapshot.customerEmail(), snapshot.status());
    order.pizzas.addAll(snapshot.pizzas());
    order.restoreVersion(snapshot.version());
    return order;
  }

  @Override
  public String id() {
    return id;
  }

  /** Adds a pizza while the order is pending. */
  public void addPizza(String pizza, Size size, long priceCents) {
    require(OrderStatus.PENDING, "add a pizza");
    PizzaLine line = new PizzaLine(requireText(pizza, "pizza"), size, priceCents);
    pizzas.add(line);
    raise(new PizzaAddedToOrder(id, line.pizza(), line.size(), line.priceCents()));
  }

  /** Accepts a pending order that has at least one pizza. */
  public void confirm() {
    require(OrderStatus.PENDING, "be confirmed");
    if (pizzas.isEmpty()) {
      throw new IllegalStateException("Order " + id + " has no pizzas; add one before confirming");
    }
    status = OrderStatus.CONFIRMED;
    raise(new OrderConfirmed(id, customerName, customerEmail, pizzas, totalCents()));
  }

  /** The kitchen started on the order's ticket. */
  public void startCooking(int ticketNumber) {
    require(OrderStatus.CONFIRMED, "start cooking");
    status = OrderStatus.COOKING;
    raise(new CookingStarted(id, ticketNumber));
  }

  /** Every pizza is cooked. */
  public void markReady() {
    require(OrderStatus.COOKING, "be ready");
    status = OrderStatus.READY;
    raise(new OrderReady(id, customerName, customerEmail));
  }

  /** A courier takes the order. */
  public void sendOut(String courier) {
    require(OrderStatus.READY, "go out for delivery");
    status = OrderStatus.OUT_FOR_DELIVERY;
    raise(new OrderOutForDelivery(id, requireText(courier, "courier")));
  }

  /** The customer received the order. */
  public void deliver() {
    require(OrderStatus.OUT_FOR_DELIVERY, "be delivered");
    status = OrderStatus.DELIVERED;
    raise(new OrderDelivered(id, customerName, customerEmail, totalCents()));
  }

  /** Cancels the order unless it is already delivered or cancelled. */
  public void cancel(String reason) {
    requireText(reason, "reason");
    if (status.isFinal()) {
      throw new IllegalOrderTransitionException(
          id, status, "be cancelled", "any status but DELIVERED and CANCELLED");
    }
    boolean wasConfirmed = status != OrderStatus.PENDING;
    status = OrderStatus.CANCELLED;
    raise(new OrderCancelled(id, customerName, customerEmail, reason, wasConfirmed, totalCents()));
  }

  public OrderStatus status() {
    return status;
  }

  public String customerName() {
    return customerName;
  }

  public String customerEmail() {
    return customerEmail;
  }

  public List<PizzaLine> pizzas() {
    return List.copyOf(pizzas);
  }

  /** The sum of the pizzas' prices, in euro cents. */
  public long totalCents() {
    return pizzas.stream().mapToLong(PizzaLine::priceCents).sum();
  }

  /** The order's state as a repository saves it, at its current version. */
  public OrderSnapshot snapshot() {
    return new OrderSnapshot(id, customerName, customerEmail, status, pizzas, version());
  }

  private void require(OrderStatus expected, String action) {
    if (status != expected) {
      throw new IllegalOrderTransitionException(id, status, action, expected.name());
    }
  }

  private static String requireText(String value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    return value;
  }
}
