package warnings;

import dev.herald.DomainEvent;

@DomainEvent
public record OrderUpdated(String orderId) {}
