package bad.codec;

import dev.herald.IntegrationEvent;

@IntegrationEvent(type = "bad.open.interface.confirmed", source = "bad/orders")
public record OpenInterfaceConfirmed(
    String orderId,
    Runnable task) {}
