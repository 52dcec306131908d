package loyalty;

import dev.herald.Applies;
import dev.herald.runtime.EventSourcedAggregate;

public final class Holder {
  private static final class SecretAccount extends EventSourcedAggregate<String, LoyaltyEvent> {
    SecretAccount() {
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
}
