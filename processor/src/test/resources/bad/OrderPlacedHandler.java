package bad;

import dev.herald.Handles;
import jakarta.inject.Inject;

public final class OrderPlacedHandler {
  @Inject
  OrderPlacedHandler() {}

  @Handles
  void on(OrderPlaced event) {}
}
