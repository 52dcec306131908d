package dev.herald.micrometer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.runtime.EventBus;
import dev.herald.runtime.RetryPolicy;
import dev.herald.runtime.generated.HandlerTable;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MockClock;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.simple.SimpleConfig;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * What {@link DeliveryMetrics} records for a bus: successes, failures, retries and dead letters per
 * route and event type, the latency from {@code occurredAt}, handler calls in flight; and that no
 * tag carries an id.
 */
class DeliveryMetricsTest {

  record OrderConfirmed(String orderId) {}

  record OrderCancelled(String orderId) {}

  private static final Instant RAISED = Instant.parse("2026-11-26T12:00:00Z");

  private final MockClock meterClock = new MockClock();
  private final SimpleMeterRegistry registry =
      new SimpleMeterRegistry(SimpleConfig.DEFAULT, meterClock);

  @Test
  void countsSuccessesFailuresRetriesAndDeadLettersPerRouteAndEventType() throws Exception {
    AtomicInteger mailerCalls = new AtomicInteger();
    EventBus bus =
        DeliveryMetrics.of(registry)
            .instrument(EventBus.builder(List.of()))
            .retryPolicy(RetryPolicy.of(3, Duration.ofMillis(1), Duration.ofMillis(1)))
            .subscribe("kitchen", OrderConfirmed.class, (event, context) -> HandlerTable.COMPLETED)
            .subscribe(
                "mailer",
                List.of(OrderConfirmed.class, OrderCancelled.class),
                dev.herald.Phase.AFTER_COMMIT,
                (event, context) -> {
                  if (event instanceof OrderCancelled) {
                    throw new IllegalStateException("mail server down for good");
                  }
                  if (mailerCalls.incrementAndGet() == 1) {
                    throw new IllegalStateException("mail server down once");
                  }
                  return HandlerTable.COMPLETED;
                })
            .build();
    bus.publish(new OrderConfirmed("o-1"));
    bus.publish(new OrderConfirmed("o-2"));
    bus.publish(new OrderCancelled("o-1"));
    assertTrue(bus.awaitIdle(Duration.ofSeconds(10)));
    bus.close();

    assertEquals(2, count(DeliveryMetrics.SUCCEEDED, "kitchen", "OrderConfirmed"));
    assertEquals(2, count(DeliveryMetrics.SUCCEEDED, "mailer", "OrderConfirmed"));
    assertEquals(1, count(DeliveryMetrics.FAILURES, "mailer", "OrderConfirmed"));
    assertEquals(1, count(DeliveryMetrics.RETRIES, "mailer", "OrderConfirmed"));
    assertEquals(0, count(DeliveryMetrics.DEAD_LETTERS, "mailer", "OrderConfirmed"));
    assertEquals(3, count(DeliveryMetrics.FAILURES, "mailer", "OrderCancelled"));
    assertEquals(2, count(DeliveryMetrics.RETRIES, "mailer", "OrderCancelled"));
    assertEquals(1, count(DeliveryMetrics.DEAD_LETTERS, "mailer", "OrderCancelled"));
    assertEquals(
        6,
        registry
            .get(DeliveryMetrics.ATTEMPT_DURATION)
            .tags("route", "mailer")
            .functionTimers()
            .stream()
            .mapToDouble(timer -> timer.count())
            .sum(),
        "every attempt timed, failed ones included: 2 + 1 for the confirmations, 3 cancelled");

    Set<String> tagKeys = new TreeSet<>();
    for (Meter meter : registry.getMeters()) {
      for (Tag tag : meter.getId().getTags()) {
        tagKeys.add(tag.getKey());
      }
    }
    assertEquals(Set.of("event", "route"), tagKeys, "no event or aggregate id as a tag");
  }

  @Test
  void latencyRunsFromTheEventsOccurredAtToTheHandlersCompletion() {
    EventBus bus =
        DeliveryMetrics.of(registry)
            .instrument(EventBus.builder(List.of()))
            .clock(Clock.fixed(RAISED, ZoneOffset.UTC))
            .synchronousDelivery()
            .subscribe(
                "kitchen",
                OrderConfirmed.class,
                (event, context) -> {
                  meterClock.add(Duration.ofMillis(250));
                  return HandlerTable.COMPLETED;
                })
            .build();
    meterClock.add(RAISED.toEpochMilli() - meterClock.wallTime(), TimeUnit.MILLISECONDS);
    bus.publish(new OrderConfirmed("o-1"));
    bus.close();

    var latency =
        registry.get(DeliveryMetrics.LATENCY).tags("route", "kitchen", "event", "OrderConfirmed");
    assertEquals(1, latency.timer().count());
    assertEquals(250, latency.timer().totalTime(TimeUnit.MILLISECONDS), 0.001);
    assertEquals(
        250,
        registry
            .get(DeliveryMetrics.ATTEMPT_DURATION)
            .functionTimer()
            .totalTime(TimeUnit.MILLISECONDS),
        0.001);
  }

  @Test
  void aHandlerWhoseStageIsPendingIsInFlightUntilItCompletes() throws Exception {
    CompletableFuture<Void> pending = new CompletableFuture<>();
    EventBus bus =
        DeliveryMetrics.of(registry)
            .instrument(EventBus.builder(List.of()))
            .synchronousDelivery()
            .subscribe("courier", OrderConfirmed.class, (event, context) -> pending)
            .build();
    bus.publish(new OrderConfirmed("o-1"));
    var inFlight = registry.get(DeliveryMetrics.IN_FLIGHT).tags("route", "courier").gauge();
    assertEquals(1, inFlight.value());
    pending.complete(null);
    assertTrue(bus.awaitIdle(Duration.ofSeconds(10)));
    assertEquals(0, inFlight.value());
    assertEquals(1, count(DeliveryMetrics.SUCCEEDED, "courier", "OrderConfirmed"));
    bus.close();
  }

  @Test
  void prometheusShowsTheSeriesUnderTheirExpositionNames() {
    PrometheusMeterRegistry prometheus = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    EventBus bus =
        DeliveryMetrics.of(prometheus)
            .instrument(EventBus.builder(List.of()))
            .synchronousDelivery()
            .subscribe("kitchen", OrderConfirmed.class, (event, context) -> HandlerTable.COMPLETED)
            .build();
    bus.publish(new OrderConfirmed("o-1"));
    bus.close();
    String scrape = prometheus.scrape();
    assertTrue(
        scrape.contains(
            "herald_deliveries_succeeded_total{event=\"OrderConfirmed\",route=\"kitchen\"} 1"),
        scrape);
    assertTrue(
        scrape.contains(
            "herald_delivery_latency_seconds_count{event=\"OrderConfirmed\",route=\"kitchen\"} 1"),
        scrape);
    assertTrue(
        scrape.contains(
            "herald_deliveries_in_flight{event=\"OrderConfirmed\",route=\"kitchen\"} 0"),
        scrape);
  }

  private double count(String name, String route, String event) {
    var found = registry.find(name).tags("route", route, "event", event).counter();
    return found == null ? 0 : found.count();
  }
}
