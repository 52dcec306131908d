package clash;

import dev.herald.Handles;
import jakarta.inject.Inject;

/** Named like jakarta.inject.Provider, which the table and module use. */
public final class Provider {
  @Inject
  public Provider() {}

  @Handles
  public void get(Objects event) {
    clash.Journal.record("Provider.get(" + event.getClass().getSimpleName() + ")");
  }

  @Handles
  public void event(List event) {
    clash.Journal.record("Provider.event(" + event.getClass().getSimpleName() + ")");
  }

  @Handles
  public void context(Set event) {
    clash.Journal.record("Provider.context(" + event.getClass().getSimpleName() + ")");
  }
}
