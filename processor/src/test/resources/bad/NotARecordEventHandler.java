package bad;

import dev.herald.Handles;

public final class NotARecordEventHandler {
  @Handles
  void on(NotARecordEvent event) {}
}
