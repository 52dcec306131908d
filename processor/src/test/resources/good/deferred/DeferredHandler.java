package deferred;

import dev.herald.Handles;

/** Takes an event record that another processor generates in the first round. */
public final class DeferredHandler {
  @Handles
  public void on(GeneratedPlaced event) {}
}
