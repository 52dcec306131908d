package clash;

import clash.events.ClashEventCodec;
import clash.events.Kitchen;
import clash.events.Locals;
import dev.herald.Handles;
import jakarta.inject.Inject;

/** Handler methods named like the methods every object has. */
public final class Objectish {
  @Inject
  public Objectish() {}

  @Handles
  public void toString(ClashEventCodec event) {
    clash.Journal.record("Objectish.toString(" + event.getClass().getSimpleName() + ")");
  }

  @Handles
  public void hashCode(Kitchen event) {
    clash.Journal.record("Objectish.hashCode(" + event.getClass().getSimpleName() + ")");
  }

  @Handles
  public void equals(Locals event) {
    clash.Journal.record("Objectish.equals(" + event.getClass().getSimpleName() + ")");
  }
}
