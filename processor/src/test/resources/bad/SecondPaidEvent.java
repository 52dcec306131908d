package bad;

import dev.herald.IntegrationEvent;

@IntegrationEvent(
    type = "com.example.order.paid",
    source = "example/billing")
public record SecondPaidEvent(String orderId) {}
