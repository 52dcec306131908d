package shop;

import dev.herald.DomainEvent;

@DomainEvent
public record Empty() {}
