package dev.herald.runtime;

import java.util.concurrent.CompletableFuture;

/** One delivery on its way to its target, with its attempt counter, across retries. */
final class DeliveryTask implements Runnable {

  final DeliveryEngine engine;
  final Delivery delivery;
  final Target target;
  /** The last attempt before the delivery is dead-lettered. */
  final int lastAttempt;
  /** Completed with whether the delivery succeeded; only redrives ask for it. */
  final CompletableFuture<Boolean> outcome;
  /** The attempt about to run, or running; only the thread that owns the delivery changes it. */
  int attempt;
  /** Set when queued in an ordering lane; null for events outside an aggregate. */
  Lane lane;

  DeliveryTask(
      DeliveryEngine engine, Delivery delivery, Target target, int attempt, int lastAttempt,
      CompletableFuture<Boolean> outcome) {
    this.engine = engine;
    this.delivery = delivery;
    this.target = target;
    this.attempt = attempt;
    this.lastAttempt = lastAttempt;
    this.outcome = outcome;
  }

  @Override
  public void run() {
    engine.run(this);
  }
}
