package shop;

import dev.herald.DomainEvent;

public class Hidden {

  @DomainEvent
  public record Shown(Secret secret) {}

  private record Secret(String value) {}
}
