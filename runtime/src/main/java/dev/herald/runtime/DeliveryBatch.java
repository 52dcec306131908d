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

  /** The events from {@code from} (inclusive) to {@code to} (exclusive), which are not changed. */
  DeliveryBatch(EventEnvelope[] events, Target[][] targets, int from, int to) {
    this.events = events;
    this.targets = targets;
    this.from = from;
    this.to = to;
  }
}
