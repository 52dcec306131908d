package loyalty;

import dev.herald.Upcasts;

public final class OtherEventUpcaster {
  @Upcasts
  static PointsRedeemed up(PointsEarnedV1 old) {
    return null;
  }
}
