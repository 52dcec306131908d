package dev.herald.benchmarks.polymorphic;

import dev.herald.DomainEvent;

/** The event of this scenario; handlers receive it as an {@link OrderEvent}. */
@DomainEvent
public record OrderConfirmed(String orderId, String customerId, long totalCents)
    implements OrderEvent {

  /** The instance each benchmark publishes over and over, so no contender pays for creating it. */
  public static OrderConfirmed sample() {
    return new OrderConfirmed("order-1", "customer-7", 2_500);
  }
}
