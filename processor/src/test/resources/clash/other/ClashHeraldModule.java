package clash.other;

import clash.Phase;
import dev.herald.Handles;
import jakarta.inject.Inject;

/** Named like the module Herald generates for package clash. */
public final class ClashHeraldModule {
  @Inject
  public ClashHeraldModule() {}

  @Handles
  public void on(Phase event) {
    clash.Journal.record("other.ClashHeraldModule.on(" + event.getClass().getSimpleName() + ")");
  }
}
