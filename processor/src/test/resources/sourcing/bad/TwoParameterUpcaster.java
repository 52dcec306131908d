package loyalty;

import dev.herald.Upcasts;

public final class TwoParameterUpcaster {
  @Upcasts
  static PointsEarned up(PointsEarnedV1 old, int extra) {
    return null;
  }
}
