package clash;

import dev.herald.DomainEvent;

@DomainEvent
public record IllegalArgumentException(long at) {}
