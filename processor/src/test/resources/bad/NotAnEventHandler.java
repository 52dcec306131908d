package bad;

import dev.herald.Handles;

public final class NotAnEventHandler {
  @Handles
  void on(String text) {}
}
