package bad;

import dev.herald.Handles;
import dev.herald.Phase;
import dev.herald.runtime.EventContext;

public final class RouteIdClashHandler {
  @Handles
  void on(OrderPlaced event) {}

  @Handles(phase = Phase.IMMEDIATE)
  void on(OrderPlaced event, EventContext context) {}
}
