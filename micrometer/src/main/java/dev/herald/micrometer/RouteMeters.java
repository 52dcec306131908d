package dev.herald.micrometer;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** The meters of one route and event type, registered once and then only updated. */
final class RouteMeters {

  final Counter succeeded;
  final Counter failures;
  final Counter retries;
  final Counter deadLetters;
  final Timer latency;
  final Timer attempts;
  final AtomicInteger inFlight = new AtomicInteger();

  RouteMeters(MeterRegistry registry, Tags tags) {
    this.succeeded =
        Counter.builder(DeliveryMetrics.SUCCEEDED)
            .description("Deliveries whose handler completed normally")
            .tags(tags)
            .register(registry);
    this.failures =
        Counter.builder(DeliveryMetrics.FAILURES)
            .description("Delivery attempts that failed, retried or not")
            .tags(tags)
            .register(registry);
    this.retries =
        Counter.builder(DeliveryMetrics.RETRIES)
            .description("Failed delivery attempts that will be tried again")
            .tags(tags)
            .register(registry);
    this.deadLetters =
        Counter.builder(DeliveryMetrics.DEAD_LETTERS)
            .description("Deliveries parked after their last attempt failed")
            .tags(tags)
            .register(registry);
    this.latency =
        Timer.builder(DeliveryMetrics.LATENCY)
            .description(
                "From the millisecond the event was raised to its handler's completion, retries"
                    + " and relay included")
            .tags(tags)
            .register(registry);
    this.attempts =
        Timer.builder(DeliveryMetrics.ATTEMPT_DURATION)
            .description("How long one handler call took, until its stage completed")
            .tags(tags)
            .register(registry);
    Gauge.builder(DeliveryMetrics.IN_FLIGHT, inFlight, AtomicInteger::get)
        .description("Handler calls running now, or whose stage has not completed")
        .tags(tags)
        .strongReference(true)
        .register(registry);
  }

  /** An attempt that started at the given monotonic time ended at {@code now}. */
  void attemptEnded(long startNanos, long nowNanos) {
    inFlight.decrementAndGet();
    attempts.record(nowNanos - startNanos, TimeUnit.NANOSECONDS);
  }
}
