package bad;

import dev.herald.DomainEvent;
import dev.herald.IntegrationEvent;

@DomainEvent
@IntegrationEvent(type = "com.example.order.paid", source = "example/orders")
public record BothAnnotationsEvent(String orderId) {}
