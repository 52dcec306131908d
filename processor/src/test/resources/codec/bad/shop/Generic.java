package shop;

import dev.herald.DomainEvent;
import java.util.List;

@DomainEvent
public record Generic<T>(T value, List<T> values) {}
