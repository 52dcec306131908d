package dev.herald.jdbc.support;

import dev.herald.runtime.spi.Delivery;
import dev.herald.runtime.spi.DeliveryPort;
import dev.herald.runtime.spi.EventEnvelope;
import java.util.List;

/** A delivery port for relay tests without a bus: it hands each recovered delivery to a lambda. */
public final class TestPort implements DeliveryPort {

  /** What a relay handed over, with the attempt number. */
  @FunctionalInterface
  public interface Redelivery {
    void redeliver(Delivery delivery, int attempt);
  }

  private final Redelivery redelivery;

  private TestPort(Redelivery redelivery) {
    this.redelivery = redelivery;
  }

  public static DeliveryPort of(Redelivery redelivery) {
    return new TestPort(redelivery);
  }

  @Override
  public void redeliver(Delivery delivery, int attempt) {
    redelivery.redeliver(delivery, attempt);
  }

  @Override
  public List<Delivery> deliveriesOf(EventEnvelope envelope) {
    throw new UnsupportedOperationException("a relay only redelivers");
  }

  @Override
  public void deliver(List<Delivery> deliveries) {
    throw new UnsupportedOperationException("a relay only redelivers");
  }
}
