package loyalty;

import dev.herald.Handles;

public final class OlderVersionHandler {
  @Handles
  public void on(PointsEarnedV1 event) {}
}
