package clash;

import dev.herald.DomainEvent;

@DomainEvent
public record JsonValue(long at) {}
