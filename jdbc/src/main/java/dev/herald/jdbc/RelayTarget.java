package dev.herald.jdbc;

import dev.herald.runtime.spi.Delivery;

/**
 * Where the relay hands a delivery it recovered from the table: normally the bus's redelivery entry
 * point ({@code outbox.relay(bus.deliveryPort()::redeliver)}), which delivers it through the same
 * ordering lanes, retries and store callbacks as a fresh one.
 */
@FunctionalInterface
public interface RelayTarget {

  /**
   * Takes over a recovered delivery; it is claimed by this node until the bus reports its fate to
   * the {@link JdbcOutbox} (or the lease runs out because this node died too).
   *
   * @param delivery the delivery, with its event decoded
   * @param attempt the attempt this is, from 1: one more than the failed attempts recorded so far
   */
  void redeliver(Delivery delivery, int attempt);
}
