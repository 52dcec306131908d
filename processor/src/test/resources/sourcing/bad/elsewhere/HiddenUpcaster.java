package loyalty.elsewhere;

import dev.herald.Upcasts;
import loyalty.PointsEarned;
import loyalty.PointsEarnedV1;

public final class HiddenUpcaster {
  @Upcasts
  static PointsEarned up(PointsEarnedV1 old) {
    return null;
  }
}
