package bad;

import dev.herald.Handles;

public final class GenericClassHandler<T> {
  @Handles
  void on(OrderPlaced event) {}
}
