package dev.herald.opentelemetry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.jdbc.JdbcOutbox;
import dev.herald.runtime.EventBus;
import dev.herald.runtime.UnitOfWork;
import dev.herald.runtime.generated.EventCodec;
import dev.herald.runtime.generated.EventDecodingException;
import dev.herald.runtime.generated.HandlerTable;
import dev.herald.runtime.generated.IntegrationEventType;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * One trace across herald-jdbc's outbox: an event committed in a span by a node that dies before
 * delivering it is redelivered by another node's relay as a span of that same trace.
 */
class OutboxTracingTest {

  record TableBooked(String table) {}

  private final InMemorySpanExporter exporter = InMemorySpanExporter.create();
  private final OpenTelemetrySdk openTelemetry = InMemoryTelemetry.exportingTo(exporter);
  private final HeraldTracing tracing = HeraldTracing.create(openTelemetry);

  @AfterEach
  void close() {
    openTelemetry.close();
  }

  @Test
  void aRelayRedeliveryAfterACrashIsASpanOfTheCommittingTrace() {
    JdbcDataSource database = new JdbcDataSource();
    database.setURL("jdbc:h2:mem:outbox-tracing-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");

    // The node that commits: its clock is 5 minutes behind, so its 30 s leases have run out by the
    // time the survivor looks, and its executor drops every task, as a process that dies right
    // after the commit would.
    JdbcOutbox dying =
        JdbcOutbox.builder(database)
            .codec(new BookingCodec())
            .nodeId("dying")
            .clock(Clock.offset(Clock.systemUTC(), Duration.ofMinutes(-5)))
            .build();
    dying.createSchema();
    EventBus dyingBus =
        tracing
            .instrument(EventBus.builder(List.of()))
            .executor(task -> {})
            .deliveryStore(dying.deliveryStore())
            .subscribe("waiter", TableBooked.class, (event, context) -> HandlerTable.COMPLETED)
            .build();
    Span command = openTelemetry.getTracer("test").spanBuilder("book table").startSpan();
    try (Scope scope = command.makeCurrent();
        UnitOfWork work = dyingBus.unitOfWork()) {
      work.publish(new TableBooked("t-7"));
      work.commit(dying.transactional(connection -> {}));
    } finally {
      command.end();
    }
    dyingBus.shutdown(Duration.ZERO);

    List<String> seen = new CopyOnWriteArrayList<>();
    JdbcOutbox survivor =
        JdbcOutbox.builder(database).codec(new BookingCodec()).nodeId("survivor").build();
    EventBus bus =
        tracing
            .instrument(EventBus.builder(List.of()))
            .synchronousDelivery()
            .deliveryStore(survivor.deliveryStore())
            .subscribe(
                "waiter",
                TableBooked.class,
                (event, context) -> {
                  seen.add(Span.current().getSpanContext().getTraceId());
                  return HandlerTable.COMPLETED;
                })
            .build();
    assertEquals(1, survivor.relay(bus).build().poll());
    bus.close();
    survivor.close();

    String traceId = command.getSpanContext().getTraceId();
    assertEquals(List.of(traceId), seen, "the handler runs in the committing trace");
    List<SpanData> redeliveries =
        exporter.getFinishedSpanItems().stream()
            .filter(span -> !span.getName().equals("book table"))
            .toList();
    assertEquals(1, redeliveries.size(), redeliveries.toString());
    SpanData redelivery = redeliveries.get(0);
    assertEquals(traceId, redelivery.getTraceId());
    assertEquals(command.getSpanContext().getSpanId(), redelivery.getParentSpanId());
    assertTrue(redelivery.getName().contains("waiter"), redelivery.getName());
  }

  /** A hand-written codec of {@link TableBooked}, as the processor would generate one. */
  private static final class BookingCodec implements EventCodec {

    private static final String TYPE = "example.TableBooked";
    private static final String PREFIX = "{\"table\":\"";

    @Override
    public String typeName(Class<?> eventType) {
      return eventType == TableBooked.class ? TYPE : null;
    }

    @Override
    public boolean knows(String typeName) {
      return TYPE.equals(typeName);
    }

    @Override
    public String encode(Object event) {
      // Table names in this test are letters, digits and dashes: nothing to escape.
      return PREFIX + ((TableBooked) event).table() + "\"}";
    }

    @Override
    public Object decode(String typeName, String json) {
      if (!knows(typeName) || !json.startsWith(PREFIX) || !json.endsWith("\"}")) {
        throw new EventDecodingException("not a " + TYPE + ": " + json);
      }
      return new TableBooked(json.substring(PREFIX.length(), json.length() - 2));
    }

    @Override
    public List<IntegrationEventType> integrationEvents() {
      return List.of();
    }
  }
}
