package bad;

import dev.herald.Handles;

public abstract class AbstractMethodHandler {
  @Handles
  abstract void on(OrderPlaced event);
}
