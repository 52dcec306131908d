package loyalty;

import dev.herald.Applies;
import dev.herald.runtime.EventSourcedAggregate;

public final class PlainEventAccount extends EventSourcedAggregate<String, PlainEventAccount.Plain> {
  public PlainEventAccount() {
    super(new PlainEventAccountApplier());
  }

  @Override
  public String id() {
    return "a-1";
  }

  public sealed interface Plain permits Jotted {}

  public record Jotted(String id) implements Plain {}

  @Applies
  void on(Jotted event) {}
}
