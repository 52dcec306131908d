package clash;

import dev.herald.Handles;
import jakarta.inject.Inject;

/** Named like the context the table passes to handlers. */
public final class EventContext {
  @Inject
  public EventContext() {}

  @Handles
  public void eventCodec(CompletionStage event) {
    clash.Journal.record("EventContext.eventCodec(" + event.getClass().getSimpleName() + ")");
  }

  @Handles
  public void typeName(EventDecodingException event) {
    clash.Journal.record("EventContext.typeName(" + event.getClass().getSimpleName() + ")");
  }

  @Handles
  public void encode(IntegrationEventType event) {
    clash.Journal.record("EventContext.encode(" + event.getClass().getSimpleName() + ")");
  }
}
