package dev.herald.runtime;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Shows which delivery a shard's draining thread attempts now, so that a shutdown on another thread
 * can report it unfinished.
 *
 * <p>It shows the work item the delivery belongs to (a commit's {@link DeliveryBatch} or one {@link
 * DeliveryTask}), written once per item, and the delivery's position in the item, written per
 * delivery. A position is a number because a reference stored into this long-lived object costs the
 * garbage collector's write barrier, a fence on most machines, and a commit's deliveries would pay
 * it twice each. The position carries the item's generation in its high half, so a reader that sees
 * the same position before and after reading the item has the item it belongs to.
 */
final class AttemptDisplay {

  private final AtomicReference<Object> work = new AtomicReference<>();
  private final AtomicLong position = new AtomicLong();

  /** The generation of the item shown; written by the draining thread only. */
  private int generation;

  /** The item shown, as the draining thread last wrote it. */
  private Object shownWork;

  /** Shows the delivery at {@code index} of {@code item} as the one being attempted. */
  void show(Object item, int index) {
    if (item != shownWork) {
      generation++;
      shownWork = item;
      work.lazySet(item);
    }
    position.lazySet((long) generation << 32 | (index + 1));
  }

  /** No delivery is being attempted. */
  void hide() {
    position.lazySet((long) generation << 32);
  }

  /** The delivery being attempted, as a new task for a report; null when there is none. */
  DeliveryTask read() {
    for (int tries = 0; tries < 16; tries++) {
      long before = position.get();
      Object item = work.get();
      if (position.get() != before) {
        Thread.onSpinWait();
        continue;
      }
      int index = (int) before - 1;
      if (index < 0) {
        return null;
      }
      if (item instanceof DeliveryTask task) {
        return DeliveryTask.first(task.envelope, null, task.target);
      }
      DeliveryBatch batch = (DeliveryBatch) item;
      for (int i = batch.from; i < batch.to; i++) {
        Target[] targets = batch.targets[i];
        if (index < targets.length) {
          return DeliveryTask.first(batch.events[i], null, targets[index]);
        }
        index -= targets.length;
      }
      return null;
    }
    return null;
  }
}
