package shop;

import dev.herald.IntegrationEvent;

@IntegrationEvent(type = "shop.sealing", source = "shop/tests")
public record Sealing(Animal animal, Pair<String> pair) {

  public sealed interface Animal permits Dog, Cat {}

  public record Dog(String name) implements Animal {}

  public static final class Cat implements Animal {}

  public record Pair<T>(T left, T right) {}
}
