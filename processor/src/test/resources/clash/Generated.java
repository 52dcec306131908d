package clash;

import dev.herald.DomainEvent;

@DomainEvent
public record Generated(long at) {}
