package clash;

import dev.herald.DomainEvent;

@DomainEvent
public record Integer(long at) {}
