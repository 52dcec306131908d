package bad;

import dev.herald.Handles;
import dev.herald.runtime.EventContext;

public final class TooManyParametersHandler {
  @Handles
  void on(OrderPlaced event, EventContext context, String extra) {}
}
