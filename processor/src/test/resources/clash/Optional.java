package clash;

import dev.herald.DomainEvent;

@DomainEvent
public record Optional(long at) {}
