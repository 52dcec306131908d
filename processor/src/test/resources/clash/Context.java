package clash;

import dev.herald.Handles;
import jakarta.inject.Inject;

/** Its field would be named like the context parameter. */
public final class Context {
  @Inject
  public Context() {}

  @Handles
  public void requireNonNull(JsonObject event) {
    clash.Journal.record("Context.requireNonNull(" + event.getClass().getSimpleName() + ")");
  }

  @Handles
  public void on(Phase event) {
    clash.Journal.record("Context.on(" + event.getClass().getSimpleName() + ")");
  }

  @Handles
  public void on(IntoSet event) {
    clash.Journal.record("Context.on(" + event.getClass().getSimpleName() + ")");
  }
}
