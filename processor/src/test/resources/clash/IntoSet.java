package clash;

import dev.herald.DomainEvent;

@DomainEvent
public record IntoSet(long at) implements Provides {}
