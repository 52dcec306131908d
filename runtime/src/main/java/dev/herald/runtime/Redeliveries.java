package dev.herald.runtime;

import dev.herald.Phase;
import dev.herald.runtime.spi.Delivery;
import dev.herald.runtime.spi.DeliveryPort;
import dev.herald.runtime.spi.DeliveryStore;
import dev.herald.runtime.spi.EventEnvelope;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Deliveries that do not start in a local commit, through the same engine as those that do: ones a
 * relay recovered, events a consumer received ({@link DeliveryPort}), and dead letters redriven.
 */
final class Redeliveries implements DeliveryPort {

  private final EventBus bus;
  private final DeliveryEngine engine;
  private final RouteResolver resolver;
  private final Map<String, Target> targetsById;
  private final DeliveryStore store;
  private final Clock clock;

  Redeliveries(
      EventBus bus,
      DeliveryEngine engine,
      RouteResolver resolver,
      Map<String, Target> targetsById,
      DeliveryStore store,
      Clock clock) {
    this.bus = bus;
    this.engine = engine;
    this.resolver = resolver;
    this.targetsById = targetsById;
    this.store = store;
    this.clock = clock;
  }

  @Override
  public void redeliver(Delivery delivery, int attempt) {
    Objects.requireNonNull(delivery, "delivery");
    if (attempt < 1) {
      throw new IllegalArgumentException("attempt must be 1 or more, was " + attempt);
    }
    bus.ensureAccepting("redeliver " + delivery.routeId());
    Target target = targetsById.get(delivery.routeId());
    String reason = refusal(target, delivery.routeId(), delivery.envelope());
    if (reason != null) {
      // A stored delivery of a route renamed or removed since: parked where an operator sees it
      // and can redrive it once the route is back, never dropped.
      Log.warn(
          "Parked recovered delivery of event "
              + delivery.envelope().eventId()
              + " to "
              + delivery.routeId()
              + ": "
              + reason);
      engine
          .records()
          .park(
              new DeadLetter(
                  delivery,
                  attempt - 1,
                  IllegalArgumentException.class.getName(),
                  reason,
                  clock.instant()));
      return;
    }
    engine.deliver(
        new DeliveryTask(
            delivery.envelope(),
            delivery,
            target,
            attempt,
            Math.max(attempt, target.policy.maxAttempts()),
            null));
  }

  @Override
  public List<Delivery> deliveriesOf(EventEnvelope envelope) {
    Objects.requireNonNull(envelope, "envelope");
    Target[] targets = resolver.afterCommitTargetsOf(envelope.event().getClass());
    if (targets.length == 0) {
      return List.of();
    }
    Delivery[] deliveries = new Delivery[targets.length];
    for (int i = 0; i < targets.length; i++) {
      deliveries[i] = new Delivery(envelope, targets[i].id);
    }
    return List.of(deliveries);
  }

  @Override
  public void deliver(List<Delivery> deliveries) {
    Objects.requireNonNull(deliveries, "deliveries");
    bus.ensureAccepting("deliver received events");
    DeliveryTask[] tasks = new DeliveryTask[deliveries.size()];
    for (int i = 0; i < tasks.length; i++) {
      Delivery delivery = Objects.requireNonNull(deliveries.get(i), "deliveries contains null");
      Target target = targetsById.get(delivery.routeId());
      if (target == null || target.phase != Phase.AFTER_COMMIT) {
        throw new IllegalArgumentException(
            "No AFTER_COMMIT handler or subscriber with id " + delivery.routeId() + " in this bus");
      }
      tasks[i] = DeliveryTask.first(delivery.envelope(), delivery, target);
    }
    engine.deliver(tasks);
  }

  /** See {@link EventBus#redrive}. */
  CompletionStage<Boolean> redrive(UUID eventId, String routeId) {
    Optional<DeadLetter> taken;
    try {
      taken = store.takeDeadLetter(eventId, routeId);
    } catch (RuntimeException storeFailure) {
      // A durable store may fail to read the letter back (an event that still cannot be
      // decoded); a redrive of many must go on with the others, so this one fails alone.
      return CompletableFuture.failedFuture(storeFailure);
    }
    if (taken.isEmpty()) {
      return CompletableFuture.failedFuture(
          new NoSuchElementException(
              "No dead letter for event " + eventId + " and route " + routeId));
    }
    DeadLetter deadLetter = taken.get();
    Target target = targetsById.get(routeId);
    String reason = refusal(target, routeId, deadLetter.delivery().envelope());
    if (reason != null) {
      engine.records().park(deadLetter);
      return CompletableFuture.failedFuture(
          new IllegalStateException(reason + "; the dead letter stays parked"));
    }
    CompletableFuture<Boolean> outcome = new CompletableFuture<>();
    engine.deliver(
        new DeliveryTask(
            deadLetter.delivery().envelope(),
            deadLetter.delivery(),
            target,
            deadLetter.attempts() + 1,
            deadLetter.attempts() + target.policy.maxAttempts(),
            outcome));
    return outcome;
  }

  /** Why a delivery cannot go to this target, or null when it can. */
  private static String refusal(Target target, String routeId, EventEnvelope envelope) {
    if (target == null || target.phase != Phase.AFTER_COMMIT) {
      return "No AFTER_COMMIT handler or subscriber with id "
          + routeId
          + " in this bus (renamed or removed? keep its id with @Handles(id = \""
          + routeId
          + "\"))";
    }
    if (!target.takes(envelope.event().getClass())) {
      return "Route "
          + routeId
          + " takes "
          + target.describeTypes()
          + ", not "
          + envelope.event().getClass().getName();
    }
    return null;
  }
}
