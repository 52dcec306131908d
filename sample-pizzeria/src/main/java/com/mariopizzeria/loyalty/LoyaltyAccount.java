package com.mariopizzeria.loyalty;

import dev.herald.Applies;
import dev.herald.runtime.EventSourcedAggregate;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * A customer's loyalty points, event-sourced: its state is what its events say, applied as a
 * command raises them and again, in order, whenever the account is loaded. The generated {@code
 * LoyaltyAccountApplier} calls the {@code @Applies} methods.
 *
 * <p>Deliveries are at least once, so the account remembers which orders it credited (from its own
 * events) and credits each only once.
 */
public final class LoyaltyAccount extends EventSourcedAggregate<String, LoyaltyEvent> {

  private final String customer;
  private final Set<String> creditedOrders = new HashSet<>();
  private int balance;

  /** An account without history; {@link LoyaltyAccounts} replays its stored events into it. */
  public LoyaltyAccount(String customer) {
    super(new LoyaltyAccountApplier());
    this.customer = Objects.requireNonNull(customer, "customer");
  }

  @Override
  public String id() {
    return customer;
  }

  /** The points the customer can spend. */
  public int balance() {
    return balance;
  }

  /** Credits one point per whole euro of a delivered order, once per order. */
  public void earn(String orderId, long totalCents) {
    Objects.requireNonNull(orderId, "orderId");
    int points = (int) (totalCents / 100);
    if (points > 0 && !creditedOrders.contains(orderId)) {
      raise(new PointsEarned(customer, orderId, points));
    }
  }

  /** Trades points for a reward. */
  public void redeem(int points, String reward) {
    if (points <= 0) {
      throw new IllegalArgumentException("points must be positive, was " + points);
    }
    if (points > balance) {
      throw new IllegalStateException(
          customer + " has " + balance + " points, not the " + points + " a " + reward + " costs");
    }
    raise(new PointsRedeemed(customer, points, Objects.requireNonNull(reward, "reward")));
  }

  @Applies
  void on(PointsEarned event) {
    balance += event.points();
    creditedOrders.add(event.orderId());
  }

  @Applies
  void on(PointsRedeemed event) {
    balance -= event.points();
  }
}
