package dev.herald.test;

import dev.herald.runtime.EventSourcedAggregate;
import dev.herald.runtime.generated.AggregateApplier;

/** An event-sourced aggregate of the test pizzeria, with its applier written as generated. */
final class LoyaltyAccount extends EventSourcedAggregate<String, LoyaltyAccount.LoyaltyEvent> {

  sealed interface LoyaltyEvent permits PointsEarned, PointsRedeemed {}

  record PointsEarned(String customer, int points) implements LoyaltyEvent {}

  record PointsRedeemed(String customer, int points) implements LoyaltyEvent {}

  /** What the processor generates for this class: one typed call per event record. */
  static final class LoyaltyAccountApplier
      implements AggregateApplier<LoyaltyAccount, LoyaltyEvent> {
    @Override
    public Class<LoyaltyAccount> aggregateType() {
      return LoyaltyAccount.class;
    }

    @Override
    public Class<LoyaltyEvent> eventType() {
      return LoyaltyEvent.class;
    }

    @Override
    public void apply(LoyaltyAccount aggregate, LoyaltyEvent event) {
      if (event instanceof PointsEarned) {
        aggregate.on((PointsEarned) event);
      } else if (event instanceof PointsRedeemed) {
        aggregate.on((PointsRedeemed) event);
      } else {
        throw AggregateApplier.noApplyMethod(LoyaltyAccount.class, event);
      }
    }
  }

  private final String customer;
  private int balance;

  LoyaltyAccount(String customer) {
    super(new LoyaltyAccountApplier());
    this.customer = customer;
  }

  @Override
  public String id() {
    return customer;
  }

  int balance() {
    return balance;
  }

  void earn(int points) {
    raise(new PointsEarned(customer, points));
  }

  void redeem(int points) {
    if (points > balance) {
      throw new IllegalStateException(customer + " has only " + balance + " points");
    }
    raise(new PointsRedeemed(customer, points));
  }

  void on(PointsEarned event) {
    balance += event.points();
  }

  void on(PointsRedeemed event) {
    if (event.points() > balance) {
      // A stored history never holds this; a corrupt one must not load silently.
      throw new IllegalStateException("redeemed " + event.points() + " of " + balance + " points");
    }
    balance -= event.points();
  }
}
