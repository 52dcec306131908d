package clash;

import dev.herald.DomainEvent;

@DomainEvent
public record Arrays(long at) {}
