package clash;

import dev.herald.DomainEvent;

@DomainEvent
public record Long(long at) {}
