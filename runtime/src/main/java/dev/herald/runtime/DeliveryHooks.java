package dev.herald.runtime;

import dev.herald.runtime.spi.DeliveryInterceptor;
import dev.herald.runtime.spi.EventEnvelope;
import dev.herald.runtime.spi.TraceCapture;
import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * The interceptors and the trace capture a bus was built with. A bus built without any has none of
 * this object, so its commits and deliveries pay one null check for it.
 */
final class DeliveryHooks {

  /** Every interceptor, the first added outermost; null when there is none. */
  private final DeliveryInterceptor interceptor;

  private final TraceCapture capture;

  private DeliveryHooks(DeliveryInterceptor interceptor, TraceCapture capture) {
    this.interceptor = interceptor;
    this.capture = capture;
  }

  /** The hooks, or null when there are none. */
  static DeliveryHooks of(List<DeliveryInterceptor> interceptors, TraceCapture capture) {
    if (interceptors.isEmpty() && capture == null) {
      return null;
    }
    DeliveryInterceptor chain = null;
    for (int i = interceptors.size() - 1; i >= 0; i--) {
      chain = chain == null ? interceptors.get(i) : nest(interceptors.get(i), chain);
    }
    return new DeliveryHooks(chain, capture);
  }

  private static DeliveryInterceptor nest(DeliveryInterceptor outer, DeliveryInterceptor inner) {
    return (delivery, attempt, handler) ->
        outer.intercept(delivery, attempt, () -> inner.intercept(delivery, attempt, handler));
  }

  /** Calls the task's handler for its current attempt, through the interceptors. */
  CompletionStage<?> invoke(DeliveryTask task) throws Exception {
    return interceptor == null
        ? task.call()
        : interceptor.intercept(task.delivery(), task.attempt, task);
  }

  /** Gives a new envelope the trace current on this thread. */
  void attachTrace(EventEnvelope envelope) {
    if (capture != null) {
      envelope.attachTrace(currentTrace());
    }
  }

  /**
   * The trace current on this thread, or null; a failing capture costs the events their trace,
   * never the commit.
   */
  String currentTrace() {
    if (capture == null) {
      return null;
    }
    try {
      return capture.currentTraceparent();
    } catch (RuntimeException failure) {
      Log.warn("TraceCapture " + capture + " failed; the events carry no trace", failure);
      return null;
    }
  }
}
