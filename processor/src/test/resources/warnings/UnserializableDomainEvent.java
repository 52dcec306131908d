package warnings;

import dev.herald.DomainEvent;

@DomainEvent
public record UnserializableDomainEvent(
    String orderId,
    Thread worker) {}
