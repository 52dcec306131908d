package dev.herald.opentelemetry;

import dev.herald.runtime.EventBus;
import dev.herald.runtime.spi.TraceCapture;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.context.Context;
import java.util.Objects;

/**
 * Traces a Herald bus with OpenTelemetry. The trace current when a unit of work commits (or an
 * event is published) travels with each event as a W3C {@code traceparent}, in the envelope, the
 * outbox row and the CloudEvent; every after-commit delivery attempt is a span of that trace,
 * current while its handler runs.
 *
 * <pre>{@code
 * HeraldTracing tracing = HeraldTracing.create(openTelemetry);
 * EventBus bus = tracing.instrument(EventBus.builder(tables)).build();
 * // optional: the Kafka publisher sends the delivery span, so consumers nest under it
 * KafkaIntegrationPublisher.builder(bootstrap, codec).traceContext(tracing::currentTraceparent);
 * }</pre>
 */
public final class HeraldTracing implements TraceCapture {

  /** The instrumentation scope name of Herald's spans. */
  public static final String INSTRUMENTATION_NAME = "dev.herald";

  private final DeliverySpans spans;

  private HeraldTracing(DeliverySpans spans) {
    this.spans = spans;
  }

  /**
   * Tracing through the given OpenTelemetry (its tracer provider; the propagators are not used).
   */
  public static HeraldTracing create(OpenTelemetry openTelemetry) {
    Objects.requireNonNull(openTelemetry, "openTelemetry");
    return new HeraldTracing(new DeliverySpans(openTelemetry.getTracer(INSTRUMENTATION_NAME)));
  }

  /**
   * Adds tracing to a bus being built: it captures the committing thread's trace and wraps each
   * delivery attempt in a span.
   *
   * @return the builder, for chaining
   */
  public EventBus.Builder instrument(EventBus.Builder bus) {
    return bus.traceCapture(this).interceptor(spans);
  }

  /**
   * The {@code traceparent} of the span current on this thread, or {@code null}: what the bus
   * attaches to events, and what a Kafka publisher's {@code TraceContext} can read.
   */
  @Override
  public String currentTraceparent() {
    return W3cTraceparent.of(Context.current());
  }

  /**
   * The context a {@code traceparent} names as remote parent, for code that continues a trace
   * Herald carried (an event's {@code EventContext.traceparent()}); the current context when it is
   * absent or ill-formed.
   */
  public static Context contextOf(String traceparent) {
    Context context = W3cTraceparent.toContext(traceparent);
    return context != null ? context : Context.current();
  }
}
