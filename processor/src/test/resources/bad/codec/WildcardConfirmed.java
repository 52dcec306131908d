package bad.codec;

import dev.herald.IntegrationEvent;
import java.util.List;

@IntegrationEvent(type = "bad.wildcard.confirmed", source = "bad/orders")
public record WildcardConfirmed(
    String orderId,
    List<? extends CharSequence> names) {}
