package clash;

import dev.herald.DomainEvent;

@DomainEvent
public record SuppressWarnings(long at) {}
