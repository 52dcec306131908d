package loyalty;

import dev.herald.Applies;
import dev.herald.runtime.EventSourcedAggregate;

/** A customer's points, rebuilt from what happened to them. */
public final class LoyaltyAccount extends EventSourcedAggregate<String, LoyaltyEvent> {

  private final String customer;
  private int balance;

  public LoyaltyAccount(String customer) {
    super(new LoyaltyAccountApplier());
    this.customer = customer;
  }

  @Override
  public String id() {
    return customer;
  }

  public int balance() {
    return balance;
  }

  public void earn(String orderId, int points) {
    raise(new PointsEarned(customer, orderId, points));
  }

  public void redeem(int points) {
    if (points > balance) {
      throw new IllegalArgumentException("only " + balance + " points");
    }
    raise(new PointsRedeemed(customer, points));
  }

  @Applies
  void on(PointsEarned event) {
    balance += event.points();
  }

  @Applies
  void on(PointsRedeemed event) {
    balance -= event.points();
  }
}
