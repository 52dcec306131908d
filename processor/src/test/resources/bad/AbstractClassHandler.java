package bad;

import dev.herald.Handles;

public abstract class AbstractClassHandler {
  @Handles
  void on(OrderPlaced event) {}
}
