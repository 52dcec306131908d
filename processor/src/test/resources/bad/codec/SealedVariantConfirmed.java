package bad.codec;

import dev.herald.IntegrationEvent;

@IntegrationEvent(type = "bad.sealed.variant.confirmed", source = "bad/orders")
public record SealedVariantConfirmed(
    String orderId,
    Animal animal) {

  public sealed interface Animal permits Dog, Cat {}

  public record Dog(String name) implements Animal {}

  public static final class Cat implements Animal {}
}
