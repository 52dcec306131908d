package loyalty;

import dev.herald.Upcasts;

public final class SecondUpcaster {
  @Upcasts
  static PointsEarned again(PointsEarnedV1 old) {
    return null;
  }
}
