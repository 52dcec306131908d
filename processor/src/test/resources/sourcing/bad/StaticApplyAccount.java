package loyalty;

import dev.herald.Applies;
import dev.herald.runtime.EventSourcedAggregate;

public final class StaticApplyAccount extends EventSourcedAggregate<String, LoyaltyEvent> {
  public StaticApplyAccount() {
    super(new StaticApplyAccountApplier());
  }

  @Override
  public String id() {
    return "a-1";
  }

  @Applies
  void on(PointsEarned event) {}

  @Applies
  static void on(PointsRedeemed event) {}
}
