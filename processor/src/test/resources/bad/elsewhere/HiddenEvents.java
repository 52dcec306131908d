package bad.elsewhere;

import dev.herald.Handles;

public final class HiddenEvents {
  @Handles
  public void on(Hidden event) {}
}
