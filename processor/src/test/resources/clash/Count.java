package clash;

import dev.herald.Handles;
import jakarta.inject.Inject;

/** Its field would be named like a local variable of the table. */
public final class Count {
  @Inject
  public Count() {}

  @Handles
  public void on(Objects event) {
    clash.Journal.record("Count.on(" + event.getClass().getSimpleName() + ")");
  }
}
