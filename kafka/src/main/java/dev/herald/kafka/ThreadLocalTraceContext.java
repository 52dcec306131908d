package dev.herald.kafka;

/**
 * A {@link TraceContext} that holds the trace of the current thread: code that starts a piece of
 * work opens a scope, and the consumer opens one around each delivery of a received event.
 */
public final class ThreadLocalTraceContext implements TraceContext {

  private final ThreadLocal<String> current = new ThreadLocal<>();

  @Override
  public String traceparent() {
    return current.get();
  }

  /**
   * Makes {@code traceparent} the current trace of this thread until the scope is closed, which
   * restores the previous one; {@code null} clears it for the scope.
   */
  public Scope open(String traceparent) {
    String previous = current.get();
    current.set(traceparent);
    return () -> {
      if (previous == null) {
        current.remove();
      } else {
        current.set(previous);
      }
    };
  }

  /** Ends a trace scope; closing does not throw. */
  @FunctionalInterface
  public interface Scope extends AutoCloseable {
    @Override
    void close();
  }
}
