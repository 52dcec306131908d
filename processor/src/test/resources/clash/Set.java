package clash;

import dev.herald.DomainEvent;

@DomainEvent
public record Set(long at) {}
