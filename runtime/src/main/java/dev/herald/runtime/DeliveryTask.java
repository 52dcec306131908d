package dev.herald.runtime;

import dev.herald.runtime.spi.Delivery;
import dev.herald.runtime.spi.EventEnvelope;
import java.util.concurrent.CompletableFuture;

/** One delivery on its way to its target, with its attempt counter, across retries. */
final class DeliveryTask implements Runnable {

  final DeliveryEngine engine;
  final EventEnvelope envelope;
  final Target target;

  /** The last attempt before the delivery is dead-lettered. */
  final int lastAttempt;

  /** Completed with whether the delivery succeeded; only redrives ask for it. */
  final CompletableFuture<Boolean> outcome;

  /** The attempt about to run, or running; only the thread that owns the delivery changes it. */
  int attempt;

  /** Set when queued in an ordering lane; null for events outside an aggregate. */
  Lane lane;

  /** Whether the task is in the engine's set of unordered deliveries (so finishing removes it). */
  boolean tracked;

  /**
   * The delivery as the store and listeners see it; made on first need, since a delivery that
   * succeeds with the default store and no listener is never shown to anyone.
   */
  private Delivery delivery;

  /** The context of the latest attempt; the first one is shared by every target of the event. */
  private EventContext context;

  DeliveryTask(
      DeliveryEngine engine,
      EventEnvelope envelope,
      Delivery delivery,
      Target target,
      EventContext context,
      int attempt,
      int lastAttempt,
      CompletableFuture<Boolean> outcome) {
    this.engine = engine;
    this.envelope = envelope;
    this.delivery = delivery;
    this.target = target;
    this.context = context;
    this.attempt = attempt;
    this.lastAttempt = lastAttempt;
    this.outcome = outcome;
  }

  Delivery delivery() {
    Delivery made = delivery;
    if (made == null) {
      // A racing reader (shutdown's report) may make a second, equal record: harmless for a value.
      made = new Delivery(envelope, target.id);
      delivery = made;
    }
    return made;
  }

  /** The context of the current attempt, made only when the attempt differs from the last one. */
  EventContext context() {
    EventContext current = context;
    if (current == null || current.attempt() != attempt) {
      current = envelope.context(attempt);
      context = current;
    }
    return current;
  }

  /**
   * Cheap and stable, instead of the identity hash (which costs a header update per task); equality
   * stays identity.
   */
  @Override
  public int hashCode() {
    return envelope.eventId().hashCode() * 31 + target.id.hashCode();
  }

  @Override
  public boolean equals(Object other) {
    return this == other;
  }

  @Override
  public void run() {
    engine.run(this);
  }
}
