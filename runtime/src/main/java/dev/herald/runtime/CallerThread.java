package dev.herald.runtime;

import dev.herald.runtime.spi.Delivery;
import dev.herald.runtime.spi.EventEnvelope;
import java.util.ArrayDeque;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What one thread is doing for one bus with synchronous delivery: whether it is inside a delivery
 * (work it submits meanwhile runs after that delivery, on this thread, instead of deep inside it),
 * the shards it must drain when that delivery returns, and the event it delivers inline, shown so
 * that a shutdown on another thread can report it.
 *
 * <p>The inline event gets its id only when someone needs it (a handler's context, a failure, a
 * report); the owner and a reporting thread then agree on one id through {@link #envelope}.
 */
final class CallerThread {

  final Thread owner;

  /** Whether this thread is running a delivery of the bus now; written by the owner only. */
  boolean active;

  /** Shards that got work while this thread was active, drained when it is done. */
  final ArrayDeque<Shard> deferred = new ArrayDeque<>();

  // The shown publication, written by the owner with ordered stores and read by other threads as
  // a sequence lock: an odd sequence means the owner is changing it. The target being delivered to
  // is shown by its index, a store of a number: a reference stored into this long-lived object
  // pays the garbage collector's write barrier, and that store happens once per target.
  private final AtomicLong sequence = new AtomicLong();
  private final AtomicReference<Object> event = new AtomicReference<>();
  private final AtomicReference<Target[]> targets = new AtomicReference<>();
  private final AtomicLong millis = new AtomicLong();

  /** One more than the index of the target being delivered to; 0 when none is. */
  private final AtomicLong position = new AtomicLong();

  // The envelope made for the shown publication, guarded by this.
  private long envelopeSequence = -1;
  private EventEnvelope envelope;

  CallerThread(Thread owner) {
    this.owner = owner;
  }

  /** Shows a new inline publication; returns its sequence for {@link #envelope}. */
  long show(Object shownEvent, long shownMillis, Target[] shownTargets) {
    long next = sequence.get() + 1;
    sequence.lazySet(next);
    event.lazySet(shownEvent);
    if (targets.get() != shownTargets) {
      targets.lazySet(shownTargets);
    }
    millis.lazySet(shownMillis);
    sequence.lazySet(next + 1);
    return next + 1;
  }

  /** Shows the target, by its index among the shown targets, being delivered to now. */
  void showTarget(int index) {
    position.lazySet(index + 1);
  }

  /** The inline publication is over, or became tracked deliveries. */
  void hide() {
    position.lazySet(0);
  }

  /** Whether an inline delivery is shown; read by other threads. */
  boolean showing() {
    return position.get() != 0;
  }

  /**
   * The envelope of the publication with the given sequence, made once for the owner and any
   * reporter alike.
   */
  synchronized EventEnvelope envelope(
      long shownSequence, Object shownEvent, long shownMillis, DeliveryEngine engine) {
    if (envelopeSequence != shownSequence) {
      envelope = engine.newEnvelope(shownEvent, shownMillis);
      envelopeSequence = shownSequence;
    }
    return envelope;
  }

  /**
   * The delivery this thread shows, or null; called from other threads, so it reads the shown
   * fields until they are consistent.
   */
  Delivery shownDelivery(DeliveryEngine engine) {
    for (int tries = 0; tries < 16; tries++) {
      long before = sequence.get();
      Object shownEvent = event.get();
      long shownMillis = millis.get();
      Target[] shownTargets = targets.get();
      long shownPosition = position.get();
      if (shownPosition == 0) {
        return null;
      }
      if ((before & 1) == 0 && sequence.get() == before) {
        Target shownTarget = shownTargets[(int) shownPosition - 1];
        return new Delivery(envelope(before, shownEvent, shownMillis, engine), shownTarget.id);
      }
      Thread.onSpinWait();
    }
    return null;
  }
}
