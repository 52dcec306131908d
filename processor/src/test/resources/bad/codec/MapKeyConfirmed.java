package bad.codec;

import dev.herald.IntegrationEvent;
import java.util.Map;

@IntegrationEvent(type = "bad.map.key.confirmed", source = "bad/orders")
public record MapKeyConfirmed(
    String orderId,
    Map<Integer, String> byNumber) {}
