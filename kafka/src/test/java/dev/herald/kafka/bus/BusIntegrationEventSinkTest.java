package dev.herald.kafka.bus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.Phase;
import dev.herald.kafka.consume.ReceivedEvent;
import dev.herald.kafka.delivery.ConfirmedOrder;
import dev.herald.kafka.delivery.DeliveryAppCodec;
import dev.herald.kafka.delivery.OrderNews;
import dev.herald.runtime.EventBus;
import dev.herald.runtime.EventContext;
import dev.herald.runtime.EventSubscriber;
import dev.herald.runtime.generated.HandlerRoute;
import dev.herald.runtime.generated.HandlerTable;
import dev.herald.runtime.spi.CommittingEvents;
import dev.herald.runtime.spi.Delivery;
import dev.herald.runtime.spi.EventEnvelope;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The sink delivers through the bus's own routing: a received event reaches exactly the
 * AFTER_COMMIT handlers and subscribers the bus routes it to (those of its record type and of the
 * interfaces it implements), never an IMMEDIATE one, with the id, aggregate id and sequence it came
 * with; a recorder sees exactly those deliveries.
 */
class BusIntegrationEventSinkTest {

  /** Another event of service B, which no route of ConfirmedOrder takes. */
  record OrderCancelled(String orderId) {}

  /** What a handler or subscriber was called with. */
  record Call(String routeId, Object event, EventContext context) {}

  private static final Set<String> EXPECTED =
      new TreeSet<>(Set.of(RoutingTable.ON_CONFIRMED, RoutingTable.ON_NEWS, "sub:news"));

  private final List<Call> calls = new ArrayList<>();

  @Test
  void aReceivedEventReachesExactlyTheAfterCommitRoutesTheBusHasForIt() throws Exception {
    EventEnvelope envelope = envelope(new ConfirmedOrder("o-1", "c-1", 1200));
    try (EventBus bus = bus()) {
      new BusIntegrationEventSink(bus)
          .accept(received(envelope))
          .toCompletableFuture()
          .get(10, TimeUnit.SECONDS);
      assertTrue(bus.awaitIdle(Duration.ofSeconds(10)));
    }
    assertEquals(EXPECTED, calledRoutes());
    for (Call call : calls()) {
      assertEquals(envelope.event(), call.event());
      assertEquals(envelope.eventId(), call.context().eventId(), call.routeId());
      assertEquals("o-1", call.context().aggregateId(), call.routeId());
      assertEquals(3, call.context().sequence(), call.routeId());
      assertEquals(1, call.context().attempt(), call.routeId() + ": a first attempt");
      assertEquals("Order", call.context().aggregateType(), call.routeId());
    }
  }

  @Test
  void aRecorderSeesExactlyTheDeliveriesTheBusRoutesAndASeenEventIsNotDeliveredAgain()
      throws Exception {
    EventEnvelope envelope = envelope(new ConfirmedOrder("o-1", "c-1", 1200));
    List<CommittingEvents> recorded = new ArrayList<>();
    Set<UUID> seen = new TreeSet<>();
    ReceivedEventRecorder recorder =
        (key, deliveries) -> {
          recorded.add(deliveries);
          return seen.add(key);
        };
    try (EventBus bus = bus()) {
      BusIntegrationEventSink sink = new BusIntegrationEventSink(bus, recorder);
      sink.accept(received(envelope)).toCompletableFuture().get(10, TimeUnit.SECONDS);
      assertTrue(bus.awaitIdle(Duration.ofSeconds(10)));
      sink.accept(received(envelope)).toCompletableFuture().get(10, TimeUnit.SECONDS);
      assertTrue(bus.awaitIdle(Duration.ofSeconds(10)));
    }
    assertEquals(2, recorded.size(), "the recorder saw the event twice");
    for (CommittingEvents deliveries : recorded) {
      assertEquals(List.of(envelope), deliveries.events());
      assertEquals(
          EXPECTED,
          new TreeSet<>(deliveries.deliveries().stream().map(Delivery::routeId).toList()));
      deliveries.deliveries().forEach(d -> assertEquals(envelope, d.envelope()));
    }
    assertEquals(EXPECTED.size(), calls().size(), "delivered once, not again when seen before");
  }

  @Test
  void anEventNoRouteTakesIsAcceptedWithoutRecordingIt() throws Exception {
    List<CommittingEvents> recorded = new ArrayList<>();
    try (EventBus bus =
        EventBus.builder(List.of())
            .subscribe("sub:cancelled", OrderCancelled.class, recorder("sub:cancelled"))
            .build()) {
      new BusIntegrationEventSink(
              bus,
              (key, deliveries) -> {
                recorded.add(deliveries);
                return true;
              })
          .accept(received(envelope(new ConfirmedOrder("o-2", "c", 1))))
          .toCompletableFuture()
          .get(10, TimeUnit.SECONDS);
      assertTrue(bus.awaitIdle(Duration.ofSeconds(10)));
    }
    assertEquals(List.of(), recorded);
    assertEquals(List.of(), calls());
  }

  private EventBus bus() {
    return EventBus.builder(List.of(new RoutingTable(this::record)))
        .subscribe("sub:news", OrderNews.class, Phase.AFTER_COMMIT, recorder("sub:news"))
        .subscribe(
            "sub:immediate", ConfirmedOrder.class, Phase.IMMEDIATE, recorder("sub:immediate"))
        .subscribe(
            "sub:cancelled", OrderCancelled.class, Phase.AFTER_COMMIT, recorder("sub:cancelled"))
        .build();
  }

  private EventSubscriber<Object> recorder(String id) {
    return (event, context) -> record(id, event, context);
  }

  private CompletionStage<?> record(String routeId, Object event, EventContext context) {
    synchronized (calls) {
      calls.add(new Call(routeId, event, context));
    }
    return HandlerTable.COMPLETED;
  }

  private List<Call> calls() {
    synchronized (calls) {
      return List.copyOf(calls);
    }
  }

  private Set<String> calledRoutes() {
    Set<String> ids = new TreeSet<>();
    for (Call call : calls()) {
      assertTrue(ids.add(call.routeId()), call.routeId() + " was called twice");
    }
    return ids;
  }

  private static EventEnvelope envelope(Object event) {
    return new EventEnvelope(UUID.randomUUID(), "Order", "o-1", 3, Instant.now(), event);
  }

  private static ReceivedEvent received(EventEnvelope envelope) {
    return new ReceivedEvent(
        envelope,
        DeliveryAppCodec.CONFIRMED,
        "mario-pizzeria/orders",
        envelope.eventId().toString(),
        null,
        "mario-pizzeria.orders",
        0,
        42);
  }

  /**
   * Stands in for a generated table: for ConfirmedOrder an AFTER_COMMIT and an IMMEDIATE handler of
   * the record, an AFTER_COMMIT and an IMMEDIATE handler of its interface OrderNews; and a handler
   * of another event.
   */
  private static final class RoutingTable implements HandlerTable {
    static final String ON_CONFIRMED = "Dispatch#on(ConfirmedOrder)";
    static final String ON_NEWS = "Feed#on(OrderNews)";

    private final Handler handler;

    /** The one method every route calls, with the route's id. */
    interface Handler {
      CompletionStage<?> handle(String routeId, Object event, EventContext context);
    }

    RoutingTable(Handler handler) {
      this.handler = handler;
    }

    @Override
    public List<HandlerRoute> routes() {
      return List.of(
          new HandlerRoute(
              ON_CONFIRMED, ConfirmedOrder.class, Object.class, "on", Phase.AFTER_COMMIT),
          new HandlerRoute(
              "Audit#check(ConfirmedOrder)",
              ConfirmedOrder.class,
              Object.class,
              "check",
              Phase.IMMEDIATE),
          new HandlerRoute(ON_NEWS, OrderNews.class, Object.class, "on", Phase.AFTER_COMMIT),
          new HandlerRoute(
              "Audit#news(OrderNews)", OrderNews.class, Object.class, "news", Phase.IMMEDIATE),
          new HandlerRoute(
              "Other#on(OrderCancelled)",
              OrderCancelled.class,
              Object.class,
              "on",
              Phase.AFTER_COMMIT));
    }

    @Override
    public boolean knows(Class<?> eventType) {
      return eventType == ConfirmedOrder.class || eventType == OrderCancelled.class;
    }

    @Override
    public int[] routesOf(Class<?> eventType) {
      if (eventType == ConfirmedOrder.class) {
        return new int[] {0, 1, 2, 3};
      }
      return eventType == OrderCancelled.class ? new int[] {4} : new int[0];
    }

    @Override
    public CompletionStage<?> invoke(int routeIndex, Object event, EventContext context)
        throws Exception {
      return handler.handle(routes().get(routeIndex).id(), event, context);
    }
  }
}
