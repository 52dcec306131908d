package bad;

import dev.herald.IntegrationEvent;
import java.io.File;

@IntegrationEvent(type = "bad.order.confirmed", version = 1, source = "bad/orders")
public record UnserializableConfirmed(
    String orderId,
    File receipt) {}
