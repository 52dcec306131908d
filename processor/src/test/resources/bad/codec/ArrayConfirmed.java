package bad.codec;

import dev.herald.IntegrationEvent;

@IntegrationEvent(type = "bad.array.confirmed", source = "bad/orders")
public record ArrayConfirmed(
    String orderId,
    int[] numbers) {}
