package loyalty;

import dev.herald.DomainEvent;

@DomainEvent(name = "loyalty.zero", version = 0)
public record ZeroVersionPoints(int points) {}
