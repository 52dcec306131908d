package bad.codec;

import dev.herald.IntegrationEvent;
import java.util.List;
import java.util.Optional;

@IntegrationEvent(type = "bad.nested.optional.confirmed", source = "bad/orders")
public record NestedOptionalConfirmed(
    String orderId,
    List<Optional<String>> maybes) {}
