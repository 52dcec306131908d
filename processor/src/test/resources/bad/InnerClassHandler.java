package bad;

import dev.herald.Handles;

public final class InnerClassHandler {
  final class Inner {
    @Handles
    void on(OrderPlaced event) {}
  }
}
