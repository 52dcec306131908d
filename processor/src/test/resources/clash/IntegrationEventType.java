package clash;

import dev.herald.DomainEvent;

@DomainEvent
public record IntegrationEventType(long at) {}
