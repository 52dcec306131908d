package bad.elsewhere;

import dev.herald.DomainEvent;

@DomainEvent
public record SecretPlaced(String orderId) implements Hidden {}
