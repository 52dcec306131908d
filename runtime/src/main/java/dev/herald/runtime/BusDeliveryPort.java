package dev.herald.runtime;

import dev.herald.runtime.spi.Delivery;
import dev.herald.runtime.spi.DeliveryPort;
import dev.herald.runtime.spi.EventEnvelope;
import java.util.List;
import java.util.Objects;

/** The {@link DeliveryPort} of one bus: a narrow view of it for relays and broker consumers. */
final class BusDeliveryPort implements DeliveryPort {

  private final EventBus bus;

  BusDeliveryPort(EventBus bus) {
    this.bus = bus;
  }

  @Override
  public void redeliver(Delivery delivery, int attempt) {
    bus.redeliver(delivery, attempt);
  }

  @Override
  public List<Delivery> deliveriesOf(EventEnvelope envelope) {
    Objects.requireNonNull(envelope, "envelope");
    return bus.receivedDeliveriesOf(envelope);
  }

  @Override
  public void deliver(List<Delivery> deliveries) {
    Objects.requireNonNull(deliveries, "deliveries");
    bus.deliverReceived(deliveries);
  }
}
