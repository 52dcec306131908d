package bad;

import dev.herald.Handles;

public final class DuplicateHandler {
  @Handles
  void first(OrderPlaced event) {}

  @Handles
  void second(OrderPlaced event) {}
}
