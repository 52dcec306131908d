package clash;

import dev.herald.DomainEvent;

@DomainEvent
public record EventDecodingException(long at) {}
