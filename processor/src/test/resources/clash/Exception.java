package clash;

import dev.herald.DomainEvent;

@DomainEvent
public record Exception(long at) {}
