package bad.codec;

import dev.herald.IntegrationEvent;
import java.util.List;

@IntegrationEvent(type = "bad.raw.confirmed", source = "bad/orders")
@SuppressWarnings("rawtypes")
public record RawConfirmed(
    String orderId,
    List rawList) {}
