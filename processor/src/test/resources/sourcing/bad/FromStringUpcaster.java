package loyalty;

import dev.herald.Upcasts;

public final class FromStringUpcaster {
  @Upcasts
  static PointsEarned up(String old) {
    return null;
  }
}
