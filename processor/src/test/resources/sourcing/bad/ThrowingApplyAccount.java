package loyalty;

import dev.herald.Applies;
import dev.herald.runtime.EventSourcedAggregate;
import java.io.IOException;

public final class ThrowingApplyAccount extends EventSourcedAggregate<String, LoyaltyEvent> {
  public ThrowingApplyAccount() {
    super(new ThrowingApplyAccountApplier());
  }

  @Override
  public String id() {
    return "a-1";
  }

  @Applies
  void on(PointsEarned event) {}

  @Applies
  void on(PointsRedeemed event) throws IOException {}
}
