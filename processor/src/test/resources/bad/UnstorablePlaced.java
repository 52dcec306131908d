package bad;

import dev.herald.DomainEvent;

@DomainEvent
public record UnstorablePlaced(
    String orderId,
    Thread worker) {}
