package clash;

import dev.herald.DomainEvent;

@DomainEvent
public record JsonObject(long at) {}
