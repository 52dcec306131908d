package clash;

import dev.herald.Handles;
import jakarta.inject.Inject;

/** Its field would be named like the event parameter. */
public final class Event {
  @Inject
  public Event() {}

  @Handles
  public void decode(JsonWriter event) {
    clash.Journal.record("Event.decode(" + event.getClass().getSimpleName() + ")");
  }

  @Handles
  public void integrationEvents(JsonReader event) {
    clash.Journal.record("Event.integrationEvents(" + event.getClass().getSimpleName() + ")");
  }

  @Handles
  public void noRoute(JsonValue event) {
    clash.Journal.record("Event.noRoute(" + event.getClass().getSimpleName() + ")");
  }
}
