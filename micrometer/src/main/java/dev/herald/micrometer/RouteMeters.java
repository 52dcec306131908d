package dev.herald.micrometer;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionTimer;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/** The meters of one route and event type, registered once and then only updated. */
final class RouteMeters {

  final Counter succeeded;
  final Counter failures;
  final Counter retries;
  final Counter deadLetters;
  final Timer latency;
  final AtomicInteger inFlight = new AtomicInteger();

  /**
   * Attempts and their summed duration, read by a function timer when the registry publishes: two
   * adds per attempt, where a full timer would also keep a decaying maximum (which measured as most
   * of the module's cost per delivery). The latency timer keeps its maximum and can publish
   * histograms.
   */
  private final LongAdder attemptCount = new LongAdder();

  private final LongAdder attemptNanos = new LongAdder();

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
    FunctionTimer.builder(
            DeliveryMetrics.ATTEMPT_DURATION,
            this,
            meters -> meters.attemptCount.sum(),
            meters -> meters.attemptNanos.sum(),
            TimeUnit.NANOSECONDS)
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
    attemptCount.increment();
    attemptNanos.add(nowNanos - startNanos);
  }
}
