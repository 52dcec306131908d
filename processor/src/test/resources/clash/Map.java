package clash;

import dev.herald.DomainEvent;

@DomainEvent
public record Map(long at) {}
