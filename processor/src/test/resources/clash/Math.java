package clash;

import dev.herald.DomainEvent;

@DomainEvent
public record Math(long at) {}
