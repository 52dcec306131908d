package loyalty;

import dev.herald.Applies;
import dev.herald.runtime.EventSourcedAggregate;

public final class MissingApplyAccount extends EventSourcedAggregate<String, LoyaltyEvent> {
  public MissingApplyAccount() {
    super(new MissingApplyAccountApplier());
  }

  @Override
  public String id() {
    return "a-1";
  }

  @Applies
  void on(PointsEarned event) {}
}
