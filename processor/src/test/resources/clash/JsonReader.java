package clash;

import dev.herald.DomainEvent;

@DomainEvent
public record JsonReader(long at) {}
