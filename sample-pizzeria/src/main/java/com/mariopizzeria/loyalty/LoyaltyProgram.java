package com.mariopizzeria.loyalty;

import com.mariopizzeria.Journal;
import com.mariopizzeria.orders.OrderDelivered;
import dev.herald.Handles;
import jakarta.inject.Inject;

/**
 * Credits customers for delivered orders and tells what happened to their points. A credit that
 * loses a race for the account fails the delivery, and the bus retries it on the fresh account.
 */
public final class LoyaltyProgram {

  private final LoyaltyService loyalty;
  private final Journal journal;

  @Inject
  public LoyaltyProgram(LoyaltyService loyalty, Journal journal) {
    this.loyalty = loyalty;
    this.journal = journal;
  }

  @Handles
  public void delivered(OrderDelivered event) {
    loyalty.earn(event.customerEmail(), event.orderId(), event.totalCents());
  }

  @Handles
  public void earned(PointsEarned event) {
    journal.say(
        "loyalty",
        event.customer() + " earned " + event.points() + " points for " + event.orderId());
  }

  @Handles
  public void redeemed(PointsRedeemed event) {
    journal.say(
        "loyalty",
        event.customer() + " redeemed " + event.points() + " points for a " + event.reward());
  }
}
