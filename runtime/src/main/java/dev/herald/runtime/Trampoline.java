package dev.herald.runtime;

import dev.herald.runtime.spi.Delivery;
import dev.herald.runtime.spi.EventEnvelope;
import java.util.ArrayDeque;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A thread's delivery state, in one thread-local: the unit of work committing on it; deliveries
 * that a synchronous executor would start from inside another delivery, run after that one on the
 * same thread (a long lane then drains in a loop instead of a deep recursion); and the delivery the
 * thread runs inline, without a task, so that a shutdown on another thread can still report it.
 */
final class Trampoline {

  private static final ThreadLocal<Trampoline> CURRENT =
      new ThreadLocal<>() {
        @Override
        protected Trampoline initialValue() {
          return new Trampoline(Thread.currentThread());
        }
      };

  final Thread owner;
  final ArrayDeque<DeliveryTask> queue = new ArrayDeque<>();

  /** Whether this thread is running deliveries now; later ones then wait in {@link #queue}. */
  boolean active;

  /** Deliveries run since the thread became active. */
  int ran;

  /** The unit of work running IMMEDIATE handlers on this thread, if any; see {@link UnitOfWork}. */
  UnitOfWork committing;

  /**
   * The engine that last registered this thread for inline deliveries; only this thread writes it.
   */
  DeliveryEngine registeredWith;

  // The inline delivery, written by this thread only with release stores (plain stores on x86),
  // read
  // by a shutting-down thread: the envelope is written before the target, so reading the envelope
  // again after the target tells whether the pair is consistent.
  private final AtomicReference<DeliveryEngine> inlineEngine = new AtomicReference<>();
  private final AtomicReference<EventEnvelope> inlineEnvelope = new AtomicReference<>();
  private final AtomicReference<Target> inlineTarget = new AtomicReference<>();

  private Trampoline(Thread owner) {
    this.owner = owner;
  }

  static Trampoline current() {
    return CURRENT.get();
  }

  /** Shows the delivery this thread now runs inline. */
  void show(DeliveryEngine engine, EventEnvelope envelope, Target target) {
    inlineEngine.lazySet(engine);
    inlineEnvelope.lazySet(envelope);
    inlineTarget.lazySet(target);
  }

  /** The inline delivery finished, or became a tracked task. */
  void hide() {
    inlineTarget.lazySet(null);
  }

  /**
   * The delivery this thread runs inline for {@code engine}, or null; called from other threads.
   */
  Delivery inlineDelivery(DeliveryEngine engine) {
    for (int tries = 0; tries < 8; tries++) {
      EventEnvelope envelope = inlineEnvelope.get();
      Target target = inlineTarget.get();
      if (target == null) {
        return null;
      }
      DeliveryEngine runningFor = inlineEngine.get();
      if (envelope == inlineEnvelope.get()) {
        return runningFor == engine ? new Delivery(envelope, target.id) : null;
      }
    }
    return null;
  }
}
