package clash;

import dev.herald.DomainEvent;

@DomainEvent
public record Objects(long at) {}
