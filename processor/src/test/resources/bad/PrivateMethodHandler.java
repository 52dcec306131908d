package bad;

import dev.herald.Handles;

public final class PrivateMethodHandler {
  @Handles
  private void on(OrderPlaced event) {}
}
