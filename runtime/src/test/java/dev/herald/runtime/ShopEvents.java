package dev.herald.runtime;

/** Event records of the test shop, as an application would declare them with @DomainEvent. */
final class ShopEvents {

  private ShopEvents() {}

  /** Every order event; the mailer handles it through the interface. */
  interface OrderEvent {
    String orderId();
  }

  record OrderPlaced(String orderId) implements OrderEvent {}

  record OrderConfirmed(String orderId, long total) implements OrderEvent {}

  /** A numbered step of an aggregate, for ordering tests. */
  record Step(String aggregateId, int n) {}

  /** Published outside any aggregate. */
  record Announcement(String text) {}

  /** Known to no table. */
  record Unrouted(String text) {}
}
