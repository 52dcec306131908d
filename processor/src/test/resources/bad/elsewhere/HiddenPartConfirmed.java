package bad.elsewhere;

import dev.herald.IntegrationEvent;

@IntegrationEvent(type = "bad.hidden.part.confirmed", source = "bad/orders")
public record HiddenPartConfirmed(
    String orderId,
    Part part) {}

/** Visible in its own package only, so a codec generated into package bad cannot name it. */
record Part(String value) {}
