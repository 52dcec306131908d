package dev.herald.benchmarks.fanout;

import dev.herald.DomainEvent;

/** The event of this scenario; every contender delivers this same record to its five handlers. */
@DomainEvent
public record OrderConfirmed(String orderId, String customerId, long totalCents) {

  /** The instance each benchmark publishes over and over, so no contender pays for creating it. */
  public static OrderConfirmed sample() {
    return new OrderConfirmed("order-1", "customer-7", 2_500);
  }
}
