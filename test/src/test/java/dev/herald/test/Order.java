package dev.herald.test;

import dev.herald.runtime.AggregateRoot;
import dev.herald.test.PizzeriaEvents.OrderCancelled;
import dev.herald.test.PizzeriaEvents.OrderConfirmed;
import dev.herald.test.PizzeriaEvents.OrderPlaced;
import dev.herald.test.PizzeriaEvents.PizzaAdded;
import java.util.ArrayList;
import java.util.List;

/** The order aggregate of the test pizzeria: state-based, raising an event per change. */
final class Order extends AggregateRoot<String> {

  enum Status {
    PENDING,
    CONFIRMED,
    CANCELLED
  }

  private final String id;
  private final List<String> pizzas = new ArrayList<>();
  private Status status = Status.PENDING;

  private Order(String id) {
    this.id = id;
  }

  static Order place(String id, String customer) {
    Order order = new Order(id);
    order.raise(new OrderPlaced(id, customer));
    return order;
  }

  @Override
  public String id() {
    return id;
  }

  void addPizza(String pizza) {
    if (status != Status.PENDING) {
      throw new IllegalStateException(
          "Order " + id + " is " + status + "; pizzas can be added only while pending");
    }
    pizzas.add(pizza);
    raise(new PizzaAdded(id, pizza));
  }

  /** Confirming twice is harmless: the second time raises nothing. */
  void confirm() {
    if (status == Status.CONFIRMED) {
      return;
    }
    if (status != Status.PENDING) {
      throw new IllegalStateException("Order " + id + " is " + status + " and cannot be confirmed");
    }
    if (pizzas.isEmpty()) {
      throw new IllegalStateException("Order " + id + " has no pizzas");
    }
    status = Status.CONFIRMED;
    raise(new OrderConfirmed(id, List.copyOf(pizzas)));
  }

  void cancel(String reason) {
    if (status == Status.CANCELLED) {
      throw new IllegalStateException("Order " + id + " is already cancelled");
    }
    status = Status.CANCELLED;
    raise(new OrderCancelled(id, reason));
  }

  /** Raises whatever it is given, for tests of events no table knows. */
  void raiseAnything(Object event) {
    raise(event);
  }

  Status status() {
    return status;
  }

  List<String> pizzas() {
    return List.copyOf(pizzas);
  }
}
