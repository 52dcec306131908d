package clash;

import dev.herald.DomainEvent;

@DomainEvent
public record String(long at) {}
