package bad;

import dev.herald.Handles;

public interface InterfaceHandler {
  @Handles
  default void on(OrderPlaced event) {}
}
