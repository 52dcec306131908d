package clash;

import dev.herald.DomainEvent;

@DomainEvent
public record RuntimeException(long at) {}
