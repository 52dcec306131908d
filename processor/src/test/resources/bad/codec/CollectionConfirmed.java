package bad.codec;

import dev.herald.IntegrationEvent;
import java.util.Collection;

@IntegrationEvent(type = "bad.collection.confirmed", source = "bad/orders")
public record CollectionConfirmed(
    String orderId,
    Collection<String> names) {}
