package clash;

import dev.herald.Handles;
import jakarta.inject.Inject;

/** Named like Dagger's annotation on the generated module. */
public final class Module {
  @Inject
  public Module() {}

  @Handles
  public void provides(Provides event) {
    clash.Journal.record("Module.provides(" + event.getClass().getSimpleName() + ")");
  }

  @Handles
  public void on(HandlerRoute event) {
    clash.Journal.record("Module.on(" + event.getClass().getSimpleName() + ")");
  }
}
