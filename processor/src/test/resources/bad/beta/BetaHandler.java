package beta;

import alpha.AlphaEvent;
import dev.herald.Handles;

public final class BetaHandler {
  @Handles
  public void on(AlphaEvent event) {}
}
