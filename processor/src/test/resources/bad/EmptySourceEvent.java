package bad;

import dev.herald.IntegrationEvent;

@IntegrationEvent(
    type = "com.example.order.paid",
    source = " ")
public record EmptySourceEvent(String orderId) {}
