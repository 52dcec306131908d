package bad;

import dev.herald.Handles;

public final class StaticMethodHandler {
  @Handles
  static void on(OrderPlaced event) {}
}
