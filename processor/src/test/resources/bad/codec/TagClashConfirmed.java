package bad.codec;

import dev.herald.IntegrationEvent;

@IntegrationEvent(type = "bad.tag.clash.confirmed", source = "bad/orders")
public record TagClashConfirmed(
    String orderId,
    Kind kind) {

  public sealed interface Kind permits A.Same, B.Same {}

  public static final class A {
    public record Same(int a) implements Kind {}
  }

  public static final class B {
    public record Same(int b) implements Kind {}
  }
}
