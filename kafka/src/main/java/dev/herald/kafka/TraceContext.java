package dev.herald.kafka;

import dev.herald.runtime.spi.Traceparent;

/**
 * Where the publisher finds the W3C {@code traceparent} of the current work, so that it can travel
 * with the event as the CloudEvents distributed-tracing extension; adapt a tracing library to it,
 * or use {@link ThreadLocalTraceContext}. No tracing library is needed. Without one (or when it has
 * no trace), the publisher sends the trace the event was committed in ({@link
 * dev.herald.runtime.spi.EventEnvelope#traceparent()}).
 */
@FunctionalInterface
public interface TraceContext {

  /** The current {@code traceparent} header value, or {@code null} when there is none. */
  String traceparent();

  /** A context that never has a trace: the default. */
  static TraceContext none() {
    return () -> null;
  }

  /**
   * Whether the text is a well-formed W3C {@code traceparent}: {@code
   * version-traceid-parentid-flags} in lower-case hex (2-32-16-2 digits), with neither id all zeros
   * and version {@code ff} forbidden.
   */
  static boolean isValid(String traceparent) {
    return Traceparent.isValid(traceparent);
  }
}
