package dev.herald.micrometer;

import dev.herald.runtime.DeadLetter;
import dev.herald.runtime.EventBus;
import dev.herald.runtime.generated.HandlerTable;
import dev.herald.runtime.spi.Delivery;
import dev.herald.runtime.spi.DeliveryInterceptor;
import dev.herald.runtime.spi.DeliveryListener;
import io.micrometer.core.instrument.Clock;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Meters every after-commit delivery of a bus, tagged with its route id ({@value #ROUTE_TAG}) and
 * the event's simple class name ({@value #EVENT_TAG}): successes, failed attempts, retries, dead
 * letters, the latency from the event's {@code occurredAt} to its handler's completion, the
 * duration of each handler call, and the calls in flight.
 *
 * <pre>{@code
 * EventBus bus = DeliveryMetrics.of(registry).instrument(EventBus.builder(tables)).build();
 * }</pre>
 *
 * <p>Meters are made on a route's first delivery of a type and then only updated; an application
 * has as many series as (route, event type) pairs in its code.
 */
public final class DeliveryMetrics implements DeliveryListener, DeliveryInterceptor {

  /** Counter: deliveries whose handler completed normally. */
  public static final String SUCCEEDED = "herald.deliveries.succeeded";

  /** Counter: failed attempts, the last one included. */
  public static final String FAILURES = "herald.delivery.failures";

  /** Counter: failed attempts after which the delivery waits for another. */
  public static final String RETRIES = "herald.delivery.retries";

  /** Counter: deliveries parked as dead letters. */
  public static final String DEAD_LETTERS = "herald.dead.letters";

  /**
   * Timer: from the millisecond the event was raised ({@code occurredAt}, which survives the outbox
   * and Kafka) to its handler's completion; retries, relay and broker included, so it is what a
   * user waits. Millisecond resolution; across machines it includes their clocks' difference.
   */
  public static final String LATENCY = "herald.delivery.latency";

  /** Timer: one handler call, until its stage completed. */
  public static final String ATTEMPT_DURATION = "herald.delivery.attempt.duration";

  /** Gauge: handler calls running now, or whose stage has not completed yet. */
  public static final String IN_FLIGHT = "herald.deliveries.in.flight";

  /** The tag of the route id: a handler method or a subscriber. */
  public static final String ROUTE_TAG = "route";

  /** The tag of the event record's simple class name. */
  public static final String EVENT_TAG = "event";

  private final MeterRegistry registry;
  private final Tags commonTags;
  private final Clock clock;

  /** By route id, then by event class: two lookups and no allocation once the meters exist. */
  private final ConcurrentHashMap<String, ConcurrentHashMap<Class<?>, RouteMeters>> meters =
      new ConcurrentHashMap<>();

  private DeliveryMetrics(MeterRegistry registry, Tags commonTags) {
    this.registry = registry;
    this.commonTags = commonTags;
    this.clock = registry.config().clock();
  }

  /** Delivery metrics in the given registry. */
  public static DeliveryMetrics of(MeterRegistry registry) {
    return of(registry, Tags.empty());
  }

  /**
   * Delivery metrics in the given registry, with tags added to every meter: to tell apart two buses
   * of one process that share a registry, for instance.
   */
  public static DeliveryMetrics of(MeterRegistry registry, Iterable<Tag> commonTags) {
    return new DeliveryMetrics(
        Objects.requireNonNull(registry, "registry"),
        Tags.of(Objects.requireNonNull(commonTags, "commonTags")));
  }

  /**
   * Adds these metrics to a bus being built, as a listener of outcomes and an interceptor of
   * attempts.
   *
   * @return the builder, for chaining
   */
  public EventBus.Builder instrument(EventBus.Builder bus) {
    return bus.listener(this).interceptor(this);
  }

  @Override
  public void succeeded(Delivery delivery, int attempt) {
    RouteMeters route = metersOf(delivery);
    route.succeeded.increment();
    long waited = clock.wallTime() - delivery.envelope().occurredAtMillis();
    route.latency.record(Math.max(0, waited), TimeUnit.MILLISECONDS);
  }

  @Override
  public void failed(Delivery delivery, int attempt, Throwable failure, Duration retryIn) {
    RouteMeters route = metersOf(delivery);
    route.failures.increment();
    if (retryIn != null) {
      route.retries.increment();
    }
  }

  @Override
  public void deadLettered(DeadLetter deadLetter) {
    metersOf(deadLetter.delivery()).deadLetters.increment();
  }

  @Override
  public CompletionStage<?> intercept(Delivery delivery, int attempt, HandlerCall handler)
      throws Exception {
    RouteMeters route = metersOf(delivery);
    route.inFlight.incrementAndGet();
    long start = clock.monotonicTime();
    CompletionStage<?> stage;
    try {
      stage = handler.call();
    } catch (Throwable failure) {
      route.attemptEnded(start, clock.monotonicTime());
      throw failure;
    }
    if (stage == HandlerTable.COMPLETED || stage == null) {
      route.attemptEnded(start, clock.monotonicTime());
    } else {
      stage.whenComplete((result, failure) -> route.attemptEnded(start, clock.monotonicTime()));
    }
    return stage;
  }

  private RouteMeters metersOf(Delivery delivery) {
    String routeId = delivery.routeId();
    Class<?> eventType = delivery.envelope().event().getClass();
    ConcurrentHashMap<Class<?>, RouteMeters> byType = meters.get(routeId);
    if (byType != null) {
      RouteMeters found = byType.get(eventType);
      if (found != null) {
        return found;
      }
    }
    return meters
        .computeIfAbsent(routeId, id -> new ConcurrentHashMap<>())
        .computeIfAbsent(
            eventType,
            type ->
                new RouteMeters(
                    registry,
                    commonTags.and(ROUTE_TAG, routeId).and(EVENT_TAG, type.getSimpleName())));
  }
}
