package alpha;

import dev.herald.DomainEvent;

@DomainEvent
public record AlphaEvent(String id) {}
