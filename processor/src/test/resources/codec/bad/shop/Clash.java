package shop;

import dev.herald.DomainEvent;

@DomainEvent
public record Clash(Kind kind) {

  public sealed interface Kind permits A.Same, B.Same {}

  public static final class A {
    public record Same(int a) implements Kind {}
  }

  public static final class B {
    public record Same(int b) implements Kind {}
  }
}
