package clash.other;

import clash.Generated;
import dev.herald.Handles;
import jakarta.inject.Inject;

/** Named like the table Herald generates for package clash. */
public final class ClashHandlerTable {
  @Inject
  public ClashHandlerTable() {}

  @Handles
  public void on(Generated event) {
    clash.Journal.record("other.ClashHandlerTable.on(" + event.getClass().getSimpleName() + ")");
  }
}
