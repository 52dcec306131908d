package warnings;

import dev.herald.DomainEvent;

@DomainEvent
@SuppressWarnings("herald:HERALD-301")
public record SuppressedUnhandledEvent(String orderId) {}
