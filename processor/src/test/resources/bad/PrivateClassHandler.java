package bad;

import dev.herald.Handles;

public final class PrivateClassHandler {
  private static final class Inner {
    @Handles
    void on(OrderPlaced event) {}
  }
}
