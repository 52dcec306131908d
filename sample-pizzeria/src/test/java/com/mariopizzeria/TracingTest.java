package com.mariopizzeria;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mariopizzeria.delivery.DeliveryService;
import com.mariopizzeria.orders.OrderService.PizzaRequest;
import com.mariopizzeria.orders.Size;
import dev.herald.kafka.testbroker.KafkaTestBroker;
import dev.herald.opentelemetry.HeraldTracing;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.io.OutputStream;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * One trace from the pizzeria's command to the delivery app's handler, read back from the
 * OpenTelemetry SDK's in-memory exporter: the command's span is current when the order commits
 * (through the outbox), the trace travels with the events to each after-commit delivery, the Kafka
 * publisher writes the delivery's span as the CloudEvent's {@code traceparent}, and the delivery
 * app (another service, its own bus) continues it in its handler.
 */
class TracingTest {

  private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());
  private static final String COMMAND = "Luigi orders a Margherita";

  private final InMemorySpanExporter exporter = InMemorySpanExporter.create();

  @Test
  void oneTraceFromTheCommandThroughKafkaToTheDeliveryAppsHandler() throws Exception {
    // A broker of its own: the shared one's topic keeps the records of KafkaTest's day, which
    // this delivery app would read (and KafkaTest would read this order).
    try (KafkaTestBroker broker = KafkaTestBroker.start()) {
      broker.createTopic(DeliveryService.TOPIC, 3);
      tracedOrder(broker);
    }
  }

  private void tracedOrder(KafkaTestBroker broker) throws Exception {
    // Closed after the spans are read: shutting the SDK down empties the in-memory exporter.
    SdkTracerProvider tracerProvider =
        SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(exporter)).build();
    OpenTelemetrySdk openTelemetry =
        OpenTelemetrySdk.builder().setTracerProvider(tracerProvider).build();
    try (DeliveryService delivery =
            DeliveryService.start(
                broker.bootstrapServers(),
                "traced-delivery-app",
                QUIET,
                HeraldTracing.create(openTelemetry));
        PizzeriaComponent pizzeria =
            DaggerPizzeriaComponent.factory()
                .create(
                    PizzeriaSettings.defaults()
                        .withKafka(broker.bootstrapServers())
                        .withOut(QUIET)
                        .withObservability(
                            Observability.none()
                                .withTracing(HeraldTracing.create(openTelemetry))))) {
      Tracer tracer = openTelemetry.getTracer("mario-pizzeria");
      Span command = tracer.spanBuilder(COMMAND).startSpan();
      String orderId;
      try (Scope scope = command.makeCurrent()) {
        orderId =
            pizzeria
                .orders()
                .place(
                    "Luigi",
                    "luigi@example.com",
                    List.of(new PizzaRequest("Margherita", Size.LARGE, 1250)));
        pizzeria.orders().confirm(orderId);
      } finally {
        command.end();
      }
      assertTrue(pizzeria.bus().awaitIdle(Duration.ofSeconds(30)));
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (delivery.riders().confirmedOrders().isEmpty() && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
      assertTrue(delivery.bus().awaitIdle(Duration.ofSeconds(30)));
      assertEquals(orderId, delivery.riders().confirmedOrders().get(0).orderId());
    }

    List<SpanData> spans = exporter.getFinishedSpanItems();
    openTelemetry.close();
    String traceId =
        spans.stream()
            .filter(s -> s.getName().equals(COMMAND))
            .findFirst()
            .orElseThrow()
            .getTraceId();
    for (SpanData span : spans) {
      assertEquals(traceId, span.getTraceId(), span.getName() + " is in the command's trace");
    }
    Map<String, SpanData> byId =
        spans.stream().collect(Collectors.toMap(SpanData::getSpanId, Function.identity()));
    SpanData rider =
        spans.stream()
            .filter(s -> s.getName().equals("RiderDispatch#confirmed(ConfirmedOrder)"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no delivery-app span in " + tree(spans)));
    assertEquals(
        List.of("RiderDispatch#confirmed(ConfirmedOrder)", "kafka:integration-events", COMMAND),
        ancestry(rider, byId),
        "the delivery app's handler under the pizzeria's Kafka publish, under the command:\n"
            + tree(spans));
    System.out.println("one trace, " + spans.size() + " spans:\n" + tree(spans));
  }

  /** The span's name, its parent's, and so on up to the root. */
  private static List<String> ancestry(SpanData span, Map<String, SpanData> byId) {
    List<String> names = new ArrayList<>();
    for (SpanData at = span; at != null; at = byId.get(at.getParentSpanId())) {
      names.add(at.getName());
    }
    return names;
  }

  /** The spans as an indented tree, children in start order. */
  static String tree(List<SpanData> spans) {
    StringBuilder out = new StringBuilder();
    Map<String, List<SpanData>> children =
        spans.stream()
            .sorted(Comparator.comparingLong(SpanData::getStartEpochNanos))
            .collect(Collectors.groupingBy(SpanData::getParentSpanId));
    Map<String, SpanData> byId =
        spans.stream().collect(Collectors.toMap(SpanData::getSpanId, Function.identity()));
    for (SpanData span : spans) {
      if (!byId.containsKey(span.getParentSpanId())) {
        print(span, children, 0, out);
      }
    }
    return out.toString();
  }

  private static void print(
      SpanData span, Map<String, List<SpanData>> children, int depth, StringBuilder out) {
    out.append("  ".repeat(depth + 1))
        .append(span.getName())
        .append(" [")
        .append(span.getKind())
        .append("]\n");
    for (SpanData child : children.getOrDefault(span.getSpanId(), List.of())) {
      print(child, children, depth + 1, out);
    }
  }
}
