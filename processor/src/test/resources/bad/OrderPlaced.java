package bad;

import dev.herald.DomainEvent;

@DomainEvent
public record OrderPlaced(String orderId) {}
