package clash;

import dev.herald.Handles;
import jakarta.inject.Inject;

/** Its field would be a Java keyword. */
public final class Default {
  @Inject
  public Default() {}

  @Handles
  public void on(List event) {
    clash.Journal.record("Default.on(" + event.getClass().getSimpleName() + ")");
  }
}
