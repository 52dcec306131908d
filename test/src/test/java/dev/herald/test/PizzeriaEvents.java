package dev.herald.test;

import java.util.List;

/**
 * Event records of the small test pizzeria, as an application would declare them with @DomainEvent.
 */
final class PizzeriaEvents {

  private PizzeriaEvents() {}

  /** Every order event; the mailer handles them through this interface. */
  interface OrderEvent {
    String orderId();
  }

  record OrderPlaced(String orderId, String customer) implements OrderEvent {}

  record PizzaAdded(String orderId, String pizza) implements OrderEvent {}

  record OrderConfirmed(String orderId, List<String> pizzas) implements OrderEvent {}

  record OrderCancelled(String orderId, String reason) implements OrderEvent {}

  /** Known to no table, to check that the test bus still rejects such types. */
  record Unknown(String text) {}

  /**
   * Prints like {@link OrderConfirmed} but is another type, to check the look-alike explanation.
   */
  static final class LookAlike {
    private LookAlike() {}

    record OrderConfirmed(String orderId, List<String> pizzas) {}
  }
}
