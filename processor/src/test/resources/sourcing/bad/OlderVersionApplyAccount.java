package loyalty;

import dev.herald.Applies;
import dev.herald.runtime.EventSourcedAggregate;

public final class OlderVersionApplyAccount extends EventSourcedAggregate<String, LoyaltyEvent> {
  public OlderVersionApplyAccount() {
    super(new OlderVersionApplyAccountApplier());
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
  void on(PointsEarnedV1 event) {}
}
