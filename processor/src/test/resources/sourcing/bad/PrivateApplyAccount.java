package loyalty;

import dev.herald.Applies;
import dev.herald.runtime.EventSourcedAggregate;

public final class PrivateApplyAccount extends EventSourcedAggregate<String, LoyaltyEvent> {
  public PrivateApplyAccount() {
    super(new PrivateApplyAccountApplier());
  }

  @Override
  public String id() {
    return "a-1";
  }

  @Applies
  void on(PointsEarned event) {}

  @Applies
  private void on(PointsRedeemed event) {}
}
