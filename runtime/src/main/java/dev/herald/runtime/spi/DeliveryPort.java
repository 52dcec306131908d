package dev.herald.runtime.spi;

import java.util.List;

/**
 * The bus's entry for deliveries that do not start in a unit of work of this process: deliveries a
 * relay recovered from a durable store, and events a broker consumer received from another service.
 * Both go through the bus's own routing, ordering lanes, retries and delivery store, like a
 * delivery after a local commit. Storage and broker modules get it from {@code
 * EventBus.deliveryPort()}; applications do not need it.
 */
public interface DeliveryPort {

  /**
   * Delivers a delivery a durable store recovered (after a crash, or from another node) through the
   * same lanes, retries and store callbacks as a fresh one. A relay calls it in sequence order per
   * aggregate. A route this bus does not have, or an event its route does not take, is logged and
   * dead-lettered with the reason, so it stays redrivable, instead of thrown.
   *
   * @param attempt the attempt this is, from 1; the delivery is dead-lettered after the route's
   *     {@code maxAttempts}, but attempted at least once
   * @throws IllegalStateException after the bus was shut down
   */
  void redeliver(Delivery delivery, int attempt);

  /**
   * The after-commit deliveries an event received from outside owes, by the bus's own routing: one
   * per AFTER_COMMIT handler or subscriber that takes the event's type, in delivery order; empty
   * when none does. IMMEDIATE handlers are left out: a received event belongs to no transaction of
   * this service.
   */
  List<Delivery> deliveriesOf(EventEnvelope envelope);

  /**
   * Delivers deliveries of {@link #deliveriesOf} (which a durable consumer may have recorded first)
   * as first attempts.
   *
   * @throws IllegalArgumentException when a delivery names a route this bus does not have
   * @throws IllegalStateException after the bus was shut down
   */
  void deliver(List<Delivery> deliveries);
}
