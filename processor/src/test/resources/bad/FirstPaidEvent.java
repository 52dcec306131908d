package bad;

import dev.herald.IntegrationEvent;

@IntegrationEvent(type = "com.example.order.paid", source = "example/orders")
public record FirstPaidEvent(String orderId) {}
