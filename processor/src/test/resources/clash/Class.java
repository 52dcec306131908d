package clash;

import dev.herald.DomainEvent;

@DomainEvent
public record Class(long at) {}
