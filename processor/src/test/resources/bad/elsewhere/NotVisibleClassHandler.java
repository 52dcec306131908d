package bad.elsewhere;

import bad.OrderPlaced;
import dev.herald.Handles;

final class NotVisibleClassHandler {
  @Handles
  public void on(OrderPlaced event) {}
}
