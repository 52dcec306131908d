package warnings;

import dev.herald.DomainEvent;

public final class SuppressedSendEmail {
  @DomainEvent
  @SuppressWarnings({"unused", "herald:HERALD-302"})
  public record UpdateInventory(String sku) {}
}
