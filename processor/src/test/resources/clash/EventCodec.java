package clash;

import dev.herald.DomainEvent;

@DomainEvent
public record EventCodec(long at) {}
