package loyalty;

import dev.herald.Applies;
import dev.herald.runtime.EventSourcedAggregate;

public final class ReturningApplyAccount extends EventSourcedAggregate<String, LoyaltyEvent> {
  public ReturningApplyAccount() {
    super(new ReturningApplyAccountApplier());
  }

  @Override
  public String id() {
    return "a-1";
  }

  @Applies
  void on(PointsEarned event) {}

  @Applies
  int on(PointsRedeemed event) {
    return 0;
  }
}
