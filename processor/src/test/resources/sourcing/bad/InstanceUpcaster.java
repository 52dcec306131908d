package loyalty;

import dev.herald.Upcasts;

public final class InstanceUpcaster {
  @Upcasts
  PointsEarned up(PointsEarnedV1 old) {
    return null;
  }
}
