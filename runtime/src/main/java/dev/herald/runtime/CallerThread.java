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
  // a sequence lock: an odd sequence means the owner is changing it.
  private final AtomicLong sequence = new AtomicLong();
  private final AtomicReference<Object> event = new AtomicReference<>();
  private final AtomicLong millis = new AtomicLong();
  private final AtomicReference<Target> target = new AtomicReference<>();

  // The envelope made for the shown publication, guarded by this.
  private long envelopeSequence = -1;
  private EventEnvelope envelope;

  CallerThread(Thread owner) {
    this.owner = owner;
  }

  /** Shows a new inline publication; returns its sequence for {@link #envelope}. */
  long show(Object shownEvent, long shownMillis) {
    long next = sequence.get() + 1;
    sequence.lazySet(next);
    event.lazySet(shownEvent);
    millis.lazySet(shownMillis);
    sequence.lazySet(next + 1);
    return next + 1;
  }

  /** Shows the target the inline publication is being delivered to now. */
  void showTarget(Target current) {
    target.lazySet(current);
  }

  /** The inline publication is over, or became tracked deliveries. */
  void hide() {
    target.lazySet(null);
  }

  /** Whether an inline delivery is shown; read by other threads. */
  boolean showing() {
    return target.get() != null;
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
      Target shownTarget = target.get();
      if (shownTarget == null) {
        return null;
      }
      if ((before & 1) == 0 && sequence.get() == before) {
        return new Delivery(envelope(before, shownEvent, shownMillis, engine), shownTarget.id);
      }
      Thread.onSpinWait();
    }
    return null;
  }
}
