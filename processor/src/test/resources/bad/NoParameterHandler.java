package bad;

import dev.herald.Handles;

public final class NoParameterHandler {
  @Handles
  void on() {}
}
