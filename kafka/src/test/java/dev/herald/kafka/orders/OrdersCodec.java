package dev.herald.kafka.orders;

import dev.herald.kafka.JsonFixture;
import dev.herald.runtime.generated.EventCodec;
import dev.herald.runtime.generated.IntegrationEventType;
import java.util.List;

/** Stands in for the codec the processor generates for service A ("mario-pizzeria/orders"). */
public final class OrdersCodec implements EventCodec {

  public static final String SOURCE = "mario-pizzeria/orders";
  public static final IntegrationEventType CONFIRMED =
      new IntegrationEventType(
          "com.mariopizzeria.order.confirmed", 1, SOURCE, OrderConfirmed.class);
  public static final IntegrationEventType READY =
      new IntegrationEventType("com.mariopizzeria.order.ready", 1, SOURCE, OrderReady.class);

  @Override
  public String typeName(Class<?> eventType) {
    if (eventType == OrderConfirmed.class) {
      return CONFIRMED.cloudEventType();
    }
    return eventType == OrderReady.class ? READY.cloudEventType() : null;
  }

  @Override
  public boolean knows(String typeName) {
    return CONFIRMED.cloudEventType().equals(typeName) || READY.cloudEventType().equals(typeName);
  }

  @Override
  public String encode(Object event) {
    if (event instanceof OrderConfirmed e) {
      return JsonFixture.object(
          "orderId", e.orderId(), "customerId", e.customerId(), "totalCents", e.totalCents());
    }
    if (event instanceof OrderReady e) {
      return JsonFixture.object("orderId", e.orderId());
    }
    throw new IllegalArgumentException("unknown event " + event.getClass().getName());
  }

  @Override
  public Object decode(String typeName, String json) {
    JsonFixture fields = JsonFixture.parse(typeName, json);
    if (CONFIRMED.cloudEventType().equals(typeName)) {
      return new OrderConfirmed(
          fields.text("orderId"), fields.text("customerId"), fields.number("totalCents"));
    }
    if (READY.cloudEventType().equals(typeName)) {
      return new OrderReady(fields.text("orderId"));
    }
    throw new dev.herald.runtime.generated.EventDecodingException("unknown type " + typeName);
  }

  @Override
  public List<IntegrationEventType> integrationEvents() {
    return List.of(CONFIRMED, READY);
  }
}
