package clash;

import dev.herald.DomainEvent;

@DomainEvent
public record Object(long at) {}
