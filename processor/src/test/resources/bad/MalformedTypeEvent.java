package bad;

import dev.herald.IntegrationEvent;

@IntegrationEvent(
    type = "OrderPaid",
    source = "example/orders")
public record MalformedTypeEvent(String orderId) {}
