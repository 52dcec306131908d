package loyalty;

import dev.herald.Applies;
import loyalty.base.BaseAccount;

public final class SubAccount extends BaseAccount {
  public SubAccount() {
    super(new SubAccountApplier());
  }

  @Override
  public String id() {
    return "a-1";
  }

  @Applies
  void on(PointsEarned event) {}
}
