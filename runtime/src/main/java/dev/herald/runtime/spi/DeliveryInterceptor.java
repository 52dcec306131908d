package dev.herald.runtime.spi;

import java.util.concurrent.CompletionStage;

/**
 * Wraps every attempt of an after-commit delivery (first attempts, retries, relay redeliveries,
 * received events and redrives) on the thread that runs it: where a tracing module makes the
 * event's trace current around the handler, or a metrics module times it. A bus without one calls
 * handlers directly.
 */
@FunctionalInterface
public interface DeliveryInterceptor {

  /**
   * Runs one attempt: calls {@code handler.call()} exactly once, on this thread, and returns what
   * it returned or throws what it threw. It may observe the returned stage (to learn when a handler
   * that completes later is done), but returns that same stage: the bus recognises a handler that
   * completed at once by the stage's identity.
   *
   * @param delivery the event and the route it goes to; {@link Delivery#envelope()} carries the
   *     event's {@link EventEnvelope#traceparent()}
   * @param attempt the attempt, from 1
   */
  CompletionStage<?> intercept(Delivery delivery, int attempt, HandlerCall handler)
      throws Exception;

  /** One call of the delivery's handler. */
  @FunctionalInterface
  interface HandlerCall {

    /** Calls the handler and returns its stage; throws what the handler threw. */
    CompletionStage<?> call() throws Exception;
  }
}
