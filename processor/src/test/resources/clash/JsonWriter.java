package clash;

import dev.herald.DomainEvent;

@DomainEvent
public record JsonWriter(long at) {}
