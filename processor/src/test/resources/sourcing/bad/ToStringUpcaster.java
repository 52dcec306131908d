package loyalty;

import dev.herald.Upcasts;

public final class ToStringUpcaster {
  @Upcasts
  static String up(PointsEarnedV1 old) {
    return null;
  }
}
