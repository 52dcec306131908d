package clash;

import dev.herald.DomainEvent;

@DomainEvent
public record List(long at) {}
