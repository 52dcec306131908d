package dev.herald.opentelemetry;

import dev.herald.runtime.generated.HandlerTable;
import dev.herald.runtime.spi.Delivery;
import dev.herald.runtime.spi.DeliveryInterceptor;
import dev.herald.runtime.spi.EventEnvelope;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Makes each delivery attempt a span, a child of the trace its event carries, current while the
 * handler runs (so that what the handler does, a Kafka publish included, joins the trace) and ended
 * when the handler's stage completes.
 */
final class DeliverySpans implements DeliveryInterceptor {

  static final AttributeKey<String> MESSAGING_SYSTEM = AttributeKey.stringKey("messaging.system");
  static final AttributeKey<String> OPERATION_TYPE =
      AttributeKey.stringKey("messaging.operation.type");
  static final AttributeKey<String> MESSAGE_ID = AttributeKey.stringKey("messaging.message.id");
  static final AttributeKey<String> ROUTE = AttributeKey.stringKey("herald.route");
  static final AttributeKey<String> EVENT_TYPE = AttributeKey.stringKey("herald.event.type");
  static final AttributeKey<Long> ATTEMPT = AttributeKey.longKey("herald.delivery.attempt");
  static final AttributeKey<String> AGGREGATE_TYPE =
      AttributeKey.stringKey("herald.aggregate.type");
  static final AttributeKey<String> AGGREGATE_ID = AttributeKey.stringKey("herald.aggregate.id");

  private final Tracer tracer;

  /** Span names by route id: made once per route. */
  private final ConcurrentHashMap<String, String> names = new ConcurrentHashMap<>();

  DeliverySpans(Tracer tracer) {
    this.tracer = tracer;
  }

  @Override
  public CompletionStage<?> intercept(Delivery delivery, int attempt, HandlerCall handler)
      throws Exception {
    Span span = start(delivery, attempt);
    CompletionStage<?> stage;
    try (Scope scope = span.makeCurrent()) {
      stage = handler.call();
    } catch (Throwable failure) {
      failed(span, failure);
      span.end();
      throw failure;
    }
    if (stage == HandlerTable.COMPLETED) {
      span.end();
    } else if (stage == null) {
      span.setStatus(StatusCode.ERROR, "the handler returned a null CompletionStage");
      span.end();
    } else {
      stage.whenComplete(
          (result, failure) -> {
            if (failure != null) {
              failed(span, unwrap(failure));
            }
            span.end();
          });
    }
    return stage;
  }

  private Span start(Delivery delivery, int attempt) {
    EventEnvelope envelope = delivery.envelope();
    Context parent = W3cTraceparent.toContext(envelope.traceparent());
    SpanBuilder span =
        tracer
            .spanBuilder(names.computeIfAbsent(delivery.routeId(), DeliverySpans::nameOf))
            .setParent(parent != null ? parent : Context.current())
            .setSpanKind(SpanKind.CONSUMER)
            .setAttribute(MESSAGING_SYSTEM, "herald")
            .setAttribute(OPERATION_TYPE, "process")
            .setAttribute(MESSAGE_ID, envelope.eventId().toString())
            .setAttribute(ROUTE, delivery.routeId())
            .setAttribute(EVENT_TYPE, envelope.event().getClass().getSimpleName())
            .setAttribute(ATTEMPT, (long) attempt);
    if (envelope.aggregateId() != null) {
      span.setAttribute(AGGREGATE_TYPE, envelope.aggregateType())
          .setAttribute(AGGREGATE_ID, envelope.aggregateId());
    }
    return span.startSpan();
  }

  /**
   * A route's span name: its id without the handler's package ({@code
   * Receipts#delivered(OrderDelivered)}), or a subscriber's id as it is.
   */
  static String nameOf(String routeId) {
    int method = routeId.indexOf('#');
    if (method < 0) {
      return routeId;
    }
    return routeId.substring(routeId.lastIndexOf('.', method) + 1);
  }

  private static void failed(Span span, Throwable failure) {
    span.recordException(failure);
    span.setStatus(StatusCode.ERROR, String.valueOf(failure.getMessage()));
  }

  private static Throwable unwrap(Throwable failure) {
    return failure instanceof CompletionException && failure.getCause() != null
        ? failure.getCause()
        : failure;
  }
}
