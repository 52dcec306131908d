package warnings;

import dev.herald.DomainEvent;

@DomainEvent
public record UnhandledEvent(String orderId) {}
