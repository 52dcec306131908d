package warnings;

import dev.herald.DomainEvent;

/** The suppression sits on the enclosing class and still silences the warning on the record. */
@SuppressWarnings("herald:HERALD-303")
public final class SuppressedOrderChanged {
  @DomainEvent
  public record OrderChanged(String orderId) {}
}
