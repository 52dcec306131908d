package clash;

import dev.herald.DomainEvent;

@DomainEvent
public record Boolean(long at) {}
