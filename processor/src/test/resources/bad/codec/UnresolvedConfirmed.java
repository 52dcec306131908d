package bad.codec;

import dev.herald.IntegrationEvent;

@IntegrationEvent(type = "bad.unresolved.confirmed", source = "bad/orders")
public record UnresolvedConfirmed(
    String orderId,
    MissingType missing) {}
