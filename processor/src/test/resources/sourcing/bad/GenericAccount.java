package loyalty;

import dev.herald.Applies;
import dev.herald.runtime.EventSourcedAggregate;

public final class GenericAccount<T> extends EventSourcedAggregate<String, LoyaltyEvent> {
  public GenericAccount() {
    super(null);
  }

  @Override
  public String id() {
    return "a-1";
  }

  @Applies
  void on(PointsEarned event) {}

  @Applies
  void on(PointsRedeemed event) {}
}
