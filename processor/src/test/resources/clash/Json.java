package clash;

import dev.herald.Handles;
import jakarta.inject.Inject;

/** Its field would be named like a local variable of the codec. */
public final class Json {
  @Inject
  public Json() {}

  @Handles
  public void on(Set event) {
    clash.Journal.record("Json.on(" + event.getClass().getSimpleName() + ")");
  }
}
