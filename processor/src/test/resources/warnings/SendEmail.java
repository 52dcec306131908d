package warnings;

import dev.herald.DomainEvent;

@DomainEvent
public record SendEmail(String to) {}
