package clash.a;

import clash.Objects;
import dev.herald.Handles;
import jakarta.inject.Inject;

/** One of two handler classes named Kitchen, in clash.a and clash.b. */
public final class Kitchen {
  @Inject
  public Kitchen() {}

  @Handles
  public void on(Objects event) {
    clash.Journal.record("a.Kitchen.on(" + event.getClass().getSimpleName() + ")");
  }
}
