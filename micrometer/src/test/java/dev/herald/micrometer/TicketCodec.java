package dev.herald.micrometer;

import dev.herald.runtime.generated.EventCodec;
import dev.herald.runtime.generated.EventDecodingException;
import dev.herald.runtime.generated.IntegrationEventType;
import java.util.List;

/** A hand-written codec of one integration event, {@link TicketReady}, as the processor writes. */
final class TicketCodec implements EventCodec {

  /** An integration event with one text field. */
  record TicketReady(String ticket) {}

  static final IntegrationEventType READY =
      new IntegrationEventType("com.example.ticket.ready", 1, "example/kitchen", TicketReady.class);

  private static final String PREFIX = "{\"ticket\":\"";

  @Override
  public String typeName(Class<?> eventType) {
    return eventType == TicketReady.class ? READY.cloudEventType() : null;
  }

  @Override
  public boolean knows(String typeName) {
    return READY.cloudEventType().equals(typeName);
  }

  @Override
  public String encode(Object event) {
    // Ticket names in this test are plain letters and digits: nothing to escape.
    return PREFIX + ((TicketReady) event).ticket() + "\"}";
  }

  @Override
  public Object decode(String typeName, String json) {
    if (!knows(typeName) || !json.startsWith(PREFIX) || !json.endsWith("\"}")) {
      throw new EventDecodingException("not a " + READY.cloudEventType() + ": " + json);
    }
    return new TicketReady(json.substring(PREFIX.length(), json.length() - 2));
  }

  @Override
  public List<IntegrationEventType> integrationEvents() {
    return List.of(READY);
  }
}
