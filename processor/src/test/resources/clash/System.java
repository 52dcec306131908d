package clash;

import dev.herald.DomainEvent;

@DomainEvent
public record System(long at) {}
