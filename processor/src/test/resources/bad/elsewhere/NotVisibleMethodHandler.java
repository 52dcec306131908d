package bad.elsewhere;

import bad.OrderPlaced;
import dev.herald.Handles;

public final class NotVisibleMethodHandler {
  @Handles
  void on(OrderPlaced event) {}
}
