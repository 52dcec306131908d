package dev.herald.runtime;

import dev.herald.runtime.spi.EventEnvelope;

/**
 * The after-commit deliveries of one commit that fall in one shard: each event with its targets, in
 * order. A shard makes a task for a delivery only when it cannot simply run it to success.
 */
final class DeliveryBatch {

  final EventEnvelope[] events;
  final Target[][] targets;

  DeliveryBatch(EventEnvelope[] events, Target[][] targets) {
    this.events = events;
    this.targets = targets;
  }

  /** How many deliveries the batch holds. */
  int size() {
    int size = 0;
    for (Target[] eventTargets : targets) {
      size += eventTargets.length;
    }
    return size;
  }
}
