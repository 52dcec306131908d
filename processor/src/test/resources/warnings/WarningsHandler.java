package warnings;

import dev.herald.Handles;

public final class WarningsHandler {
  @Handles
  void on(SendEmail event) {}

  @Handles
  void on(SuppressedSendEmail.UpdateInventory event) {}

  @Handles
  void on(OrderUpdated event) {}

  @Handles
  void on(SuppressedOrderChanged.OrderChanged event) {}
}
