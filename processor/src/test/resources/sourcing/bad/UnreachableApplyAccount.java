package loyalty;

import dev.herald.Applies;
import dev.herald.runtime.EventSourcedAggregate;

public final class UnreachableApplyAccount extends EventSourcedAggregate<String, LoyaltyEvent> {
  public UnreachableApplyAccount() {
    super(new UnreachableApplyAccountApplier());
  }

  @Override
  public String id() {
    return "a-1";
  }

  @Applies
  void on(PointsEarned event) {}

  @Applies
  void on(PointsRedeemed event) {}

  @Applies
  void on(String note) {}
}
