package dev.herald.kafka.delivery;

import dev.herald.kafka.JsonFixture;
import dev.herald.runtime.generated.EventCodec;
import dev.herald.runtime.generated.EventDecodingException;
import dev.herald.runtime.generated.IntegrationEventType;
import java.util.List;

/**
 * Stands in for the codec generated in service B (a delivery app), which knows only OrderConfirmed
 * v1.
 */
public final class DeliveryAppCodec implements EventCodec {

  public static final IntegrationEventType CONFIRMED =
      new IntegrationEventType(
          "com.mariopizzeria.order.confirmed", 1, "mario-pizzeria/orders", ConfirmedOrder.class);

  @Override
  public String typeName(Class<?> eventType) {
    return eventType == ConfirmedOrder.class ? CONFIRMED.cloudEventType() : null;
  }

  @Override
  public boolean knows(String typeName) {
    return CONFIRMED.cloudEventType().equals(typeName);
  }

  @Override
  public String encode(Object event) {
    if (event instanceof ConfirmedOrder e) {
      return JsonFixture.object(
          "orderId", e.orderId(), "customerId", e.customerId(), "totalCents", e.totalCents());
    }
    throw new IllegalArgumentException("unknown event " + event.getClass().getName());
  }

  @Override
  public Object decode(String typeName, String json) {
    if (!knows(typeName)) {
      throw new EventDecodingException("unknown type " + typeName);
    }
    JsonFixture fields = JsonFixture.parse(typeName, json);
    return new ConfirmedOrder(
        fields.text("orderId"), fields.text("customerId"), fields.number("totalCents"));
  }

  @Override
  public List<IntegrationEventType> integrationEvents() {
    return List.of(CONFIRMED);
  }
}
