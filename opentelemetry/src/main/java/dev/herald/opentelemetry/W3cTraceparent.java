package dev.herald.opentelemetry;

import dev.herald.runtime.spi.Traceparent;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Context;

/**
 * Converts between OpenTelemetry's span context and the W3C {@code traceparent} form Herald
 * carries, directly: the form is fixed, so no propagator (and none of the application's propagator
 * configuration) is involved. {@code tracestate} does not travel.
 */
final class W3cTraceparent {

  private W3cTraceparent() {}

  /** The {@code traceparent} of the span current in the context, or null when it has none. */
  static String of(Context context) {
    SpanContext span = Span.fromContext(context).getSpanContext();
    if (!span.isValid()) {
      return null;
    }
    return "00-" + span.getTraceId() + "-" + span.getSpanId() + "-" + span.getTraceFlags().asHex();
  }

  /**
   * A context whose current span is the remote parent the {@code traceparent} names, or null when
   * it is absent or ill-formed.
   */
  static Context toContext(String traceparent) {
    if (!Traceparent.isValid(traceparent)) {
      return null;
    }
    SpanContext parent =
        SpanContext.createFromRemoteParent(
            traceparent.substring(3, 35),
            traceparent.substring(36, 52),
            TraceFlags.fromHex(traceparent, 53),
            TraceState.getDefault());
    return parent.isValid() ? Context.root().with(Span.wrap(parent)) : null;
  }
}
