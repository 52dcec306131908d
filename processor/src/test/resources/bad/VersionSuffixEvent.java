package bad;

import dev.herald.IntegrationEvent;

@IntegrationEvent(
    type = "com.example.order.paid.v1",
    source = "example/orders")
public record VersionSuffixEvent(String orderId) {}
