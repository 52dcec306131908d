package loyalty;

import dev.herald.Applies;

public final class NotAnAggregate {
  @Applies
  void on(PointsEarned event) {}
}
