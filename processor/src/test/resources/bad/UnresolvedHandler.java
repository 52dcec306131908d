package bad;

import dev.herald.Handles;

public final class UnresolvedHandler {
  @Handles
  void on(MissingEvent event) {}
}
