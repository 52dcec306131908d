package clash;

import dev.herald.DomainEvent;

@DomainEvent
public record IndexOutOfBoundsException(long at) {}
