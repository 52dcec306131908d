package loyalty;

import dev.herald.Applies;
import dev.herald.runtime.EventSourcedAggregate;

public final class DuplicateApplyAccount extends EventSourcedAggregate<String, LoyaltyEvent> {
  public DuplicateApplyAccount() {
    super(new DuplicateApplyAccountApplier());
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
  void again(PointsEarned event) {}
}
