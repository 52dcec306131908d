package clash;

import dev.herald.DomainEvent;

@DomainEvent
public record Record(long at) {}
