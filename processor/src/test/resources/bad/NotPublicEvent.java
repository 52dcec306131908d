package bad;

import dev.herald.DomainEvent;

public final class NotPublicEvent {
  @DomainEvent
  record OrderShipped(String orderId) {}
}
