package loyalty.base;

import dev.herald.Applies;
import dev.herald.runtime.EventSourcedAggregate;
import dev.herald.runtime.generated.AggregateApplier;
import loyalty.LoyaltyEvent;
import loyalty.PointsRedeemed;

public abstract class BaseAccount extends EventSourcedAggregate<String, LoyaltyEvent> {
  protected BaseAccount(AggregateApplier<? extends BaseAccount, LoyaltyEvent> applier) {
    super(applier);
  }

  @Applies
  void on(PointsRedeemed event) {}
}
