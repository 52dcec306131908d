package loyalty;

import dev.herald.DomainEvent;

public final class Tickets {
  @DomainEvent(name = "tickets.cut")
  public record CutV1(int count) {}

  @DomainEvent(name = "tickets.cut", version = 2)
  public record Cut(int count, String by) {}
}
