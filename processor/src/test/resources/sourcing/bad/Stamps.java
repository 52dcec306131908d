package loyalty;

import dev.herald.DomainEvent;
import dev.herald.Upcasts;

public final class Stamps {
  @DomainEvent(name = "stamps.given")
  public record GivenV1(int count) {}

  @DomainEvent(name = "stamps.given", version = 3)
  public record Given(int count, String why) {}

  @Upcasts
  static Given skip(GivenV1 old) {
    return new Given(old.count(), "unknown");
  }
}
