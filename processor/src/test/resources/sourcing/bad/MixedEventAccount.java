package loyalty;

import dev.herald.Applies;
import dev.herald.runtime.EventSourcedAggregate;
import dev.herald.DomainEvent;

public final class MixedEventAccount extends EventSourcedAggregate<String, MixedEventAccount.Mixed> {
  public MixedEventAccount() {
    super(new MixedEventAccountApplier());
  }

  @Override
  public String id() {
    return "a-1";
  }

  public sealed interface Mixed permits Stamped, Odd {}

  @DomainEvent(name = "mixed.stamped")
  public record Stamped(String id) implements Mixed {}

  public static final class Odd implements Mixed {}

  @Applies
  void on(Stamped event) {}
}
