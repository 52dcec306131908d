package clash;

import dev.herald.Handles;
import jakarta.inject.Inject;

/** Its field would be named like the routes constant. */
public final class Routes {
  @Inject
  public Routes() {}

  @Handles
  public void on(Generated event) {
    clash.Journal.record("Routes.on(" + event.getClass().getSimpleName() + ")");
  }
}
