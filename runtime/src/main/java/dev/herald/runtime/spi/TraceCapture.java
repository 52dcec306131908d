package dev.herald.runtime.spi;

/**
 * Reads the trace current on the thread that commits or publishes, so that it travels with the
 * events: a tracing module (such as herald-opentelemetry) adapts its library's current context to
 * it. The bus asks once per commit and once per event published outside a unit of work, on that
 * thread; without one it asks nothing.
 */
@FunctionalInterface
public interface TraceCapture {

  /**
   * The W3C {@code traceparent} of the current trace, or {@code null} when none is current (an
   * ill-formed value counts as none).
   */
  String currentTraceparent();
}
