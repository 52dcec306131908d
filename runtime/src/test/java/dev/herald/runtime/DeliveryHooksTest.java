package dev.herald.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.runtime.Shop.Order;
import dev.herald.runtime.ShopEvents.Announcement;
import dev.herald.runtime.spi.CommittingEvents;
import dev.herald.runtime.spi.Delivery;
import dev.herald.runtime.spi.DeliveryInterceptor;
import dev.herald.runtime.spi.EventEnvelope;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/**
 * The bus's observation hooks: a {@link dev.herald.runtime.spi.TraceCapture} gives committed and
 * published events the committing thread's trace, and {@link DeliveryInterceptor}s wrap every
 * delivery attempt, retries and redeliveries included, on every delivery path.
 */
class DeliveryHooksTest {

  private static final String TRACE = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
  private static final String OTHER = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";

  private final Shop shop = new Shop();
  private final ThreadLocal<String> currentTrace = new ThreadLocal<>();

  /** Records each attempt it wraps as "route#attempt trace". */
  private static final class Recorder implements DeliveryInterceptor {
    final List<String> attempts = new CopyOnWriteArrayList<>();
    final String name;
    final List<String> order;

    Recorder(String name, List<String> order) {
      this.name = name;
      this.order = order;
    }

    @Override
    public CompletionStage<?> intercept(Delivery delivery, int attempt, HandlerCall handler)
        throws Exception {
      attempts.add(
          handlerOf(delivery.routeId()) + "#" + attempt + " " + delivery.envelope().traceparent());
      order.add(name + " in");
      try {
        return handler.call();
      } finally {
        order.add(name + " out");
      }
    }
  }

  private static String handlerOf(String routeId) {
    return routeId.substring(routeId.indexOf('$') + 1, routeId.indexOf('#'));
  }

  @Test
  void aCommitsEventsCarryTheCommittingThreadsTraceToTheStepAndEveryHandler() {
    EventBus bus = shop.bus().synchronousDelivery().traceCapture(currentTrace::get).build();
    Order order = new Order("o-1");
    order.place();
    order.confirm(12);
    List<String> seenByStep = new CopyOnWriteArrayList<>();
    currentTrace.set(TRACE);
    try (UnitOfWork work = bus.unitOfWork()) {
      work.register(order);
      work.commit(
          (CommittingEvents events) -> {
            for (EventEnvelope event : events.events()) {
              seenByStep.add(event.traceparent());
            }
          });
    } finally {
      currentTrace.remove();
    }
    assertEquals(List.of(TRACE, TRACE), seenByStep, "the outbox sees the trace before it writes");
    for (Journal.Call call : shop.journal.calls()) {
      assertEquals(TRACE, call.context().traceparent(), call.handler() + " sees the trace");
    }
    assertTrue(
        shop.journal.calls("kitchen").size() == 1 && shop.journal.calls("mailer").size() == 2);
  }

  @Test
  void anEnvelopeKeepsItsFirstTraceAndItsOneId() {
    EventEnvelope envelope =
        new EventEnvelope(UUID.randomUUID(), "Order", "o-1", 1, Instant.EPOCH, "event", TRACE);
    UUID id = envelope.eventId();
    envelope.attachTrace(OTHER);
    assertEquals(TRACE, envelope.traceparent());
    assertEquals(id, envelope.eventId());
    assertEquals(
        new EventEnvelope(id, "Order", "o-1", 1, Instant.EPOCH, "event"),
        envelope,
        "the trace is not part of the occurrence");
    assertNull(
        new EventEnvelope(id, null, null, 0, Instant.EPOCH, "event", "not-a-trace").traceparent(),
        "an ill-formed trace is dropped");
    String later = "01" + TRACE.substring(2);
    assertEquals(
        later,
        new EventEnvelope(id, null, null, 0, Instant.EPOCH, "event", later + "-later-fields")
            .traceparent(),
        "a later version is kept in the fields version 00 knows");
  }

  @Test
  void aFailingOrIllFormedCaptureCostsTheTraceNeverTheCommit() {
    EventBus failing =
        shop.bus()
            .synchronousDelivery()
            .traceCapture(
                () -> {
                  throw new IllegalStateException("tracer broken");
                })
            .build();
    failing.publish(new Announcement("still delivered"));
    EventBus garbage = shop.bus().synchronousDelivery().traceCapture(() -> "garbage").build();
    Order order = new Order("o-2");
    order.place();
    try (UnitOfWork work = garbage.unitOfWork()) {
      work.register(order);
      work.commit();
    }
    List<Journal.Call> calls = shop.journal.calls();
    assertEquals(2, calls.size());
    for (Journal.Call call : calls) {
      assertNull(call.context().traceparent());
    }
  }

  @Test
  void interceptorsWrapEveryAttemptFirstAddedOutermostRetriesIncluded() {
    ManualClock clock = new ManualClock(Instant.parse("2026-11-26T12:00:00Z"));
    ManualScheduler scheduler = new ManualScheduler(clock);
    List<String> order = new CopyOnWriteArrayList<>();
    Recorder outer = new Recorder("outer", order);
    Recorder inner = new Recorder("inner", order);
    EventBus bus =
        shop.bus()
            .synchronousDelivery()
            .clock(clock)
            .scheduler(scheduler)
            .retryPolicy(RetryPolicy.of(2, Duration.ofSeconds(1), Duration.ofSeconds(1)))
            .interceptor(outer)
            .interceptor(inner)
            .traceCapture(currentTrace::get)
            .build();
    shop.audit.behavior =
        (event, context) -> {
          if (context.attempt() == 1) {
            throw new IllegalStateException("first attempt fails");
          }
          return CompletableFuture.completedFuture(null);
        };
    currentTrace.set(TRACE);
    try {
      bus.publish(new Announcement("inline path"));
    } finally {
      currentTrace.remove();
    }
    scheduler.advance(Duration.ofSeconds(2));

    assertEquals(List.of("Audit#1 " + TRACE, "Audit#2 " + TRACE), outer.attempts);
    assertEquals(outer.attempts, inner.attempts);
    assertEquals(
        List.of("outer in", "inner in", "inner out", "outer out").toString(),
        order.subList(0, 4).toString());
    assertEquals(2, shop.journal.calls("audit").size());
    assertTrue(bus.deadLetters().isEmpty());
  }

  @Test
  void interceptorsWrapRedeliveriesAndDeliveriesOnAPool() throws Exception {
    Recorder recorder = new Recorder("recorder", new CopyOnWriteArrayList<>());
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      EventBus bus = shop.bus().executor(pool).interceptor(recorder).build();
      Order order = new Order("o-3");
      order.place();
      try (UnitOfWork work = bus.unitOfWork()) {
        work.register(order);
        work.commit();
      }
      EventEnvelope recovered =
          new EventEnvelope(
              UUID.randomUUID(),
              "Order",
              "o-4",
              1,
              Instant.EPOCH,
              new ShopEvents.OrderPlaced("o-4"),
              OTHER);
      bus.deliveryPort().redeliver(new Delivery(recovered, ShopHandlerTable.MAILER), 3);
      assertTrue(bus.awaitIdle(Duration.ofSeconds(10)));
      assertEquals(
          List.of("Mailer#1 null", "Mailer#3 " + OTHER),
          recorder.attempts.stream().sorted().toList());
      bus.close();
    } finally {
      pool.shutdownNow();
    }
  }
}
