package bad.codec;

import dev.herald.IntegrationEvent;

public final class PrivateTypeHolder {

  @IntegrationEvent(type = "bad.private.type.confirmed", source = "bad/orders")
  public record PrivateTypeConfirmed(
      String orderId,
      Secret secret) {}

  private record Secret(String value) {}
}
