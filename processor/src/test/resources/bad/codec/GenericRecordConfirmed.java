package bad.codec;

import dev.herald.IntegrationEvent;

@IntegrationEvent(type = "bad.generic.record.confirmed", source = "bad/orders")
public record GenericRecordConfirmed(
    String orderId,
    Pair<String> pair) {

  public record Pair<T>(T left, T right) {}
}
