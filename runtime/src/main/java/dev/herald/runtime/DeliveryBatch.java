package dev.herald.runtime;

import dev.herald.runtime.spi.EventEnvelope;

/**
 * The after-commit deliveries of one commit that fall in one shard: a range of the commit's events,
 * each with its targets, in order. A shard makes a task for a delivery only when it cannot simply
 * run it to success.
 */
final class DeliveryBatch {

  final EventEnvelope[] events;
  final Target[][] targets;
  final int from;
  final int to;

  /** How many deliveries the range holds: the sum of its events' target counts. */
  final int size;

  /**
   * The events from {@code from} (inclusive) to {@code to} (exclusive), which are not changed, and
   * the number of their deliveries.
   */
  DeliveryBatch(EventEnvelope[] events, Target[][] targets, int from, int to, int size) {
    this.events = events;
    this.targets = targets;
    this.from = from;
    this.to = to;
    this.size = size;
  }
}
