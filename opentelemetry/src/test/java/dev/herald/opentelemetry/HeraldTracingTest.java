package dev.herald.opentelemetry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.Phase;
import dev.herald.runtime.AggregateRoot;
import dev.herald.runtime.EventBus;
import dev.herald.runtime.RetryPolicy;
import dev.herald.runtime.UnitOfWork;
import dev.herald.runtime.generated.HandlerTable;
import dev.herald.runtime.spi.Delivery;
import dev.herald.runtime.spi.EventEnvelope;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Spans of a traced bus, read back from the SDK's in-memory exporter: deliveries on a pool join the
 * committing thread's trace, each retry is a span of its own, a handler's stage ends its span, and
 * a relay's redelivery continues the trace its stored event carries.
 */
class HeraldTracingTest {

  record OrderPlaced(String orderId) {}

  record OrderConfirmed(String orderId) {}

  /** A small aggregate. */
  static final class Order extends AggregateRoot<String> {
    private final String id;

    Order(String id) {
      this.id = id;
    }

    @Override
    public String id() {
      return id;
    }

    void placeAndConfirm() {
      raise(new OrderPlaced(id));
      raise(new OrderConfirmed(id));
    }
  }

  private final InMemorySpanExporter exporter = InMemorySpanExporter.create();
  private final OpenTelemetrySdk openTelemetry = InMemoryTelemetry.exportingTo(exporter);
  private final Tracer tracer = openTelemetry.getTracer("test");
  private final HeraldTracing tracing = HeraldTracing.create(openTelemetry);
  private final ExecutorService pool = Executors.newFixedThreadPool(2);

  @AfterEach
  void close() {
    pool.shutdownNow();
    openTelemetry.close();
  }

  @Test
  void deliveriesOnAPoolAreSpansOfTheCommittingThreadsTrace() throws Exception {
    List<String> seenTraces = new CopyOnWriteArrayList<>();
    EventBus bus =
        tracing
            .instrument(EventBus.builder(List.of()))
            .executor(pool)
            .subscribe(
                "kitchen",
                OrderConfirmed.class,
                (event, context) -> {
                  seenTraces.add(Span.current().getSpanContext().getTraceId());
                  return HandlerTable.COMPLETED;
                })
            .subscribe(
                "audit",
                List.of(OrderPlaced.class, OrderConfirmed.class),
                Phase.AFTER_COMMIT,
                (event, context) -> HandlerTable.COMPLETED)
            .build();
    Span command = tracer.spanBuilder("confirm order").startSpan();
    try (Scope scope = command.makeCurrent()) {
      Order order = new Order("o-1");
      try (UnitOfWork work = bus.unitOfWork()) {
        work.register(order);
        order.placeAndConfirm();
        work.commit();
      }
    } finally {
      command.end();
    }
    assertTrue(bus.awaitIdle(Duration.ofSeconds(10)));
    bus.close();

    String traceId = command.getSpanContext().getTraceId();
    List<SpanData> deliveries = spansExcept("confirm order");
    assertEquals(3, deliveries.size(), deliveries.toString());
    for (SpanData span : deliveries) {
      assertEquals(traceId, span.getTraceId(), span.getName());
      assertEquals(command.getSpanContext().getSpanId(), span.getParentSpanId(), span.getName());
      assertEquals(SpanKind.CONSUMER, span.getKind());
      assertEquals("herald", span.getAttributes().get(DeliverySpans.MESSAGING_SYSTEM));
      assertEquals("o-1", span.getAttributes().get(DeliverySpans.AGGREGATE_ID));
    }
    assertEquals(List.of(traceId), seenTraces, "the delivery span is current in the handler");
    assertEquals(
        List.of("audit", "audit", "kitchen"),
        deliveries.stream().map(SpanData::getName).sorted().toList());
  }

  @Test
  void eachAttemptIsASpanAndAFailedOneSaysWhy() throws Exception {
    EventBus bus =
        tracing
            .instrument(EventBus.builder(List.of()))
            .executor(pool)
            .retryPolicy(RetryPolicy.of(2, Duration.ofMillis(1), Duration.ofMillis(1)))
            .subscribe(
                "mailer",
                OrderConfirmed.class,
                (event, context) -> {
                  if (context.attempt() == 1) {
                    throw new IllegalStateException("mail server down");
                  }
                  return HandlerTable.COMPLETED;
                })
            .build();
    Span command = tracer.spanBuilder("confirm order").startSpan();
    try (Scope scope = command.makeCurrent()) {
      bus.publish(new OrderConfirmed("o-2"));
    } finally {
      command.end();
    }
    assertTrue(bus.awaitIdle(Duration.ofSeconds(10)));
    bus.close();

    List<SpanData> attempts =
        spansExcept("confirm order").stream()
            .sorted(
                (a, b) ->
                    Long.compare(
                        a.getAttributes().get(DeliverySpans.ATTEMPT),
                        b.getAttributes().get(DeliverySpans.ATTEMPT)))
            .toList();
    assertEquals(2, attempts.size());
    assertEquals(StatusCode.ERROR, attempts.get(0).getStatus().getStatusCode());
    assertEquals("mail server down", attempts.get(0).getStatus().getDescription());
    assertEquals("exception", attempts.get(0).getEvents().get(0).getName());
    assertEquals(StatusCode.UNSET, attempts.get(1).getStatus().getStatusCode());
    for (SpanData attempt : attempts) {
      assertEquals(command.getSpanContext().getTraceId(), attempt.getTraceId());
    }
  }

  @Test
  void aHandlersStageEndsItsSpan() {
    CompletableFuture<Void> sent = new CompletableFuture<>();
    EventBus bus =
        tracing
            .instrument(EventBus.builder(List.of()))
            .synchronousDelivery()
            .subscribe("courier", OrderConfirmed.class, (event, context) -> sent)
            .build();
    bus.publish(new OrderConfirmed("o-3"));
    assertTrue(exporter.getFinishedSpanItems().isEmpty(), "open while the stage is pending");
    sent.completeExceptionally(new IllegalStateException("no rider"));
    assertEquals(1, exporter.getFinishedSpanItems().size());
    assertEquals(
        StatusCode.ERROR, exporter.getFinishedSpanItems().get(0).getStatus().getStatusCode());
    bus.shutdown(Duration.ZERO);
  }

  @Test
  void aRedeliveryContinuesTheTraceItsStoredEventCarries() throws Exception {
    Span original = tracer.spanBuilder("confirm order, before the crash").startSpan();
    String stored;
    try (Scope scope = original.makeCurrent()) {
      stored = tracing.currentTraceparent();
    } finally {
      original.end();
    }
    assertTrue(stored.startsWith("00-" + original.getSpanContext().getTraceId()));
    EventBus bus =
        tracing
            .instrument(EventBus.builder(List.of()))
            .synchronousDelivery()
            .subscribe("kitchen", OrderConfirmed.class, (event, context) -> HandlerTable.COMPLETED)
            .build();
    EventEnvelope recovered =
        new EventEnvelope(
            UUID.randomUUID(), "Order", "o-4", 1, Instant.now(), new OrderConfirmed("o-4"), stored);
    bus.deliveryPort().redeliver(new Delivery(recovered, "kitchen"), 2);
    bus.close();

    SpanData redelivery = spansExcept("confirm order, before the crash").get(0);
    assertEquals(original.getSpanContext().getTraceId(), redelivery.getTraceId());
    assertEquals(original.getSpanContext().getSpanId(), redelivery.getParentSpanId());
    assertEquals(2L, redelivery.getAttributes().get(DeliverySpans.ATTEMPT));
  }

  @Test
  void withoutACurrentSpanEventsCarryNoTraceAndEachDeliveryStartsOne() {
    List<String> contexts = new CopyOnWriteArrayList<>();
    EventBus bus =
        tracing
            .instrument(EventBus.builder(List.of()))
            .synchronousDelivery()
            .subscribe(
                "kitchen",
                OrderConfirmed.class,
                (event, context) -> {
                  contexts.add(String.valueOf(context.traceparent()));
                  return HandlerTable.COMPLETED;
                })
            .build();
    bus.publish(new OrderConfirmed("o-5"));
    bus.close();
    assertNull(tracing.currentTraceparent());
    assertEquals(List.of("null"), contexts);
    SpanData span = exporter.getFinishedSpanItems().get(0);
    assertFalse(span.getParentSpanContext().isValid(), "a root span");
  }

  @Test
  void spanNamesDropTheHandlersPackage() {
    assertEquals(
        "Receipts#delivered(OrderDelivered)",
        DeliverySpans.nameOf("com.mariopizzeria.receipts.Receipts#delivered(OrderDelivered)"));
    assertEquals("kafka:integration-events", DeliverySpans.nameOf("kafka:integration-events"));
  }

  private List<SpanData> spansExcept(String name) {
    return exporter.getFinishedSpanItems().stream()
        .filter(span -> !span.getName().equals(name))
        .toList();
  }
}
