package clash;

import dev.herald.Handles;
import jakarta.inject.Inject;

/** Named like the table's interface. */
public final class HandlerTable {
  @Inject
  public HandlerTable() {}

  @Handles
  public void knows(Map event) {
    clash.Journal.record("HandlerTable.knows(" + event.getClass().getSimpleName() + ")");
  }

  @Handles
  public void routesOf(Arrays event) {
    clash.Journal.record("HandlerTable.routesOf(" + event.getClass().getSimpleName() + ")");
  }

  @Handles
  public void handlerTable(Optional event) {
    clash.Journal.record("HandlerTable.handlerTable(" + event.getClass().getSimpleName() + ")");
  }
}
