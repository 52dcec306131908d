package bad;

import dev.herald.DomainEvent;

@DomainEvent
public final class NotARecordEvent {}
