package bad;

import dev.herald.Handles;

public final class NotConstructibleHandler {
  private final String name;

  NotConstructibleHandler(String name) {
    this.name = name;
  }

  @Handles
  void on(OrderPlaced event) {}
}
