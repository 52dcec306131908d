package clash;

import dev.herald.DomainEvent;

@DomainEvent
public record Phase(long at) {}
