package warnings;

import dev.herald.DomainEvent;

@DomainEvent
@SuppressWarnings("herald:HERALD-210")
public record SuppressedUnserializableDomainEvent(String orderId, Thread worker) {}
