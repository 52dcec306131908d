package clash.b;

import clash.Map;
import dev.herald.Handles;
import jakarta.inject.Inject;

/** One of two handler classes named Kitchen, in clash.a and clash.b. */
public final class Kitchen {
  @Inject
  public Kitchen() {}

  @Handles
  public void on(Map event) {
    clash.Journal.record("b.Kitchen.on(" + event.getClass().getSimpleName() + ")");
  }
}
