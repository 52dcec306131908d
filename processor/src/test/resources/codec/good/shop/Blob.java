package shop;

import dev.herald.DomainEvent;

@DomainEvent
public record Blob(byte[] data) {}
