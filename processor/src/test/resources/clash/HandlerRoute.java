package clash;

import dev.herald.DomainEvent;

@DomainEvent
public record HandlerRoute(long at) {}
