package bad;

import dev.herald.IntegrationEvent;

@IntegrationEvent(
    type = "com.example.order.paid",
    version = 0,
    source = "example/orders")
public record ZeroVersionEvent(String orderId) {}
