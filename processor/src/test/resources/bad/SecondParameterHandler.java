package bad;

import dev.herald.Handles;

public final class SecondParameterHandler {
  @Handles
  void on(OrderPlaced event, String extra) {}
}
