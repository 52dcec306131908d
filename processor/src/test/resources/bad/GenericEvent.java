package bad;

import dev.herald.DomainEvent;

@DomainEvent
public record GenericEvent<T>(T payload) {}
