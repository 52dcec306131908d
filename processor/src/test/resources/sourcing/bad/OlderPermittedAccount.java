package loyalty;

import dev.herald.Applies;
import dev.herald.runtime.EventSourcedAggregate;
import dev.herald.DomainEvent;
import dev.herald.Upcasts;

public final class OlderPermittedAccount extends EventSourcedAggregate<String, OlderPermittedAccount.Stamp> {
  public OlderPermittedAccount() {
    super(new OlderPermittedAccountApplier());
  }

  @Override
  public String id() {
    return "a-1";
  }

  public sealed interface Stamp permits StampV1, StampV2 {}

  @DomainEvent(name = "stamp.pressed")
  public record StampV1(int count) implements Stamp {}

  @DomainEvent(name = "stamp.pressed", version = 2)
  public record StampV2(int count, String why) implements Stamp {}

  @Upcasts
  static StampV2 up(StampV1 old) {
    return new StampV2(old.count(), "unknown");
  }

  @Applies
  void on(StampV2 event) {}
}
