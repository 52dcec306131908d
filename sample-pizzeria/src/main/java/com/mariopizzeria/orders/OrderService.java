package com.mariopizzeria.orders;

import dev.herald.runtime.EventBus;
import dev.herald.runtime.UnitOfWork;
import dev.herald.runtime.spi.CommittingEvents;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The pizzeria's use cases: each loads an order, runs one command in a unit of work and commits it
 * with the repository's step. It knows no handler: the kitchen, the e-mails, the stock and the
 * figures all follow from the events.
 */
@Singleton
public final class OrderService {

  /** One pizza of a new order, as the customer asks for it. */
  public record PizzaRequest(String pizza, Size size, long priceCents) {}

  private final EventBus bus;
  private final OrderRepository orders;
  private final AtomicInteger lastNumber = new AtomicInteger(-1);

  @Inject
  public OrderService(EventBus bus, OrderRepository orders) {
    this.bus = bus;
    this.orders = orders;
  }

  /**
   * Places an order with its pizzas in one unit of work.
   *
   * @return the new order's id
   */
  public String place(String customerName, String customerEmail, List<PizzaRequest> pizzas) {
    String orderId = "order-" + nextNumber();
    try (UnitOfWork work = bus.unitOfWork()) {
      Order order = work.register(Order.place(orderId, customerName, customerEmail));
      for (PizzaRequest pizza : pizzas) {
        order.addPizza(pizza.pizza(), pizza.size(), pizza.priceCents());
      }
      work.commit(orders.saving(order));
    }
    return orderId;
  }

  /** Confirms an order; the inventory's IMMEDIATE check may refuse it, and then nothing changes. */
  public CommittingEvents confirm(String orderId) {
    return run(orderId, Order::confirm);
  }

  public CommittingEvents startCooking(String orderId, int ticketNumber) {
    return run(orderId, order -> order.startCooking(ticketNumber));
  }

  public CommittingEvents markReady(String orderId) {
    return run(orderId, Order::markReady);
  }

  public CommittingEvents sendOut(String orderId, String courier) {
    return run(orderId, order -> order.sendOut(courier));
  }

  public CommittingEvents deliver(String orderId) {
    return run(orderId, Order::deliver);
  }

  public CommittingEvents cancel(String orderId, String reason) {
    return run(orderId, order -> order.cancel(reason));
  }

  /** The saved order. */
  public Order find(String orderId) {
    return orders.find(orderId).orElseThrow(() -> new OrderNotFoundException(orderId));
  }

  private CommittingEvents run(String orderId, Consumer<Order> command) {
    try (UnitOfWork work = bus.unitOfWork()) {
      Order order = work.register(find(orderId));
      command.accept(order);
      return work.commit(orders.saving(order));
    }
  }

  private int nextNumber() {
    // Numbers continue after the orders a database already holds, so a second run does not collide.
    lastNumber.compareAndSet(-1, orders.count());
    return lastNumber.incrementAndGet();
  }
}
