package loyalty;

import dev.herald.Upcasts;
import java.io.IOException;

public final class ThrowingUpcaster {
  @Upcasts
  static PointsEarned up(PointsEarnedV1 old) throws IOException {
    return null;
  }
}
