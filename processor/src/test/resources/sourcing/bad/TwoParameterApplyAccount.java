package loyalty;

import dev.herald.Applies;
import dev.herald.runtime.EventSourcedAggregate;

public final class TwoParameterApplyAccount extends EventSourcedAggregate<String, LoyaltyEvent> {
  public TwoParameterApplyAccount() {
    super(new TwoParameterApplyAccountApplier());
  }

  @Override
  public String id() {
    return "a-1";
  }

  @Applies
  void on(PointsEarned event) {}

  @Applies
  void on(PointsRedeemed event, int extra) {}
}
