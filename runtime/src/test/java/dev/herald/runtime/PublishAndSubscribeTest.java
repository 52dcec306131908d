package dev.herald.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.Phase;
import dev.herald.runtime.Shop.Order;
import dev.herald.runtime.ShopEvents.Announcement;
import dev.herald.runtime.ShopEvents.OrderConfirmed;
import dev.herald.runtime.ShopEvents.OrderEvent;
import dev.herald.runtime.ShopEvents.OrderPlaced;
import dev.herald.runtime.ShopEvents.Unrouted;
import dev.herald.runtime.generated.HandlerTable;
import dev.herald.runtime.spi.CommittingEvents;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class PublishAndSubscribeTest {

  private final Shop shop = new Shop();

  @Test
  void publishDeliversAnEventOutsideAggregatesWithoutAggregateMetadata() {
    EventBus bus = shop.bus().synchronousDelivery().build();
    bus.publish(new Announcement("two for one"));
    List<Journal.Call> calls = shop.journal.calls("audit");
    assertEquals(1, calls.size());
    EventContext context = calls.get(0).context();
    assertNull(context.aggregateId());
    assertEquals(0, context.sequence());
    assertEquals(1, context.attempt());
    assertEquals(7, context.eventId().version());
  }

  @Test
  void publishRunsImmediateHandlersInTheCallerAndPropagatesTheirFailure() {
    EventBus bus = shop.bus().synchronousDelivery().build();
    shop.inventory.behavior =
        (event, context) -> {
          throw new IllegalStateException("no stock");
        };
    assertThrows(IllegalStateException.class, () -> bus.publish(new OrderConfirmed("o-1", 5)));
    assertTrue(
        shop.journal.events("kitchen").isEmpty(), "nothing delivered after an IMMEDIATE failure");
    assertEquals(Thread.currentThread().getName(), shop.journal.calls("inventory").get(0).thread());
  }

  @Test
  void subscribersMatchByInterfaceAndAreDeliveredLikeRoutes() throws Exception {
    List<String> received = new CopyOnWriteArrayList<>();
    EventBus bus =
        shop.bus()
            .synchronousDelivery()
            .retryPolicy(RetryPolicy.noRetries())
            .subscribe(
                "kafka-publisher",
                OrderEvent.class,
                (event, context) -> {
                  received.add(event.orderId() + "#" + context.sequence());
                  return HandlerTable.COMPLETED;
                })
            .subscribe(
                "veto",
                OrderConfirmed.class,
                Phase.IMMEDIATE,
                (event, context) -> {
                  received.add("veto checked " + event.orderId());
                  return HandlerTable.COMPLETED;
                })
            .subscribe(
                "flaky",
                Announcement.class,
                (event, context) -> {
                  throw new IllegalStateException("flaky");
                })
            .build();
    UnitOfWork uow = bus.unitOfWork();
    Order order = uow.register(new Order("o-1"));
    order.place();
    order.confirm(3);
    CommittingEvents committed = uow.commit();
    bus.publish(new Announcement("hello"));

    assertEquals(List.of("veto checked o-1", "o-1#1", "o-1#2"), received);
    assertTrue(
        committed.deliveries().stream().anyMatch(d -> d.routeId().equals("kafka-publisher")));
    assertEquals("flaky", bus.deadLetters().get(0).delivery().routeId());
    assertEquals(
        1, shop.journal.events("audit").size(), "the table's route still got the announcement");
  }

  @Test
  void subscribersAloneMakeATypeKnown() {
    List<Object> received = new CopyOnWriteArrayList<>();
    EventBus bus =
        EventBus.builder(List.of())
            .synchronousDelivery()
            .subscribe(
                "catch-all",
                Record.class,
                (event, context) -> {
                  received.add(event);
                  return HandlerTable.COMPLETED;
                })
            .build();
    bus.publish(new Unrouted("now routed"));
    bus.publish(new OrderPlaced("o-2"));
    assertEquals(List.of(new Unrouted("now routed"), new OrderPlaced("o-2")), received);
    IllegalArgumentException unknown =
        assertThrows(IllegalArgumentException.class, () -> bus.publish("a string"));
    assertTrue(unknown.getMessage().contains("java.lang.String"), unknown.getMessage());
  }

  @Test
  void duplicateIdsAndNullsAreRejectedWhenBuilding() {
    IllegalArgumentException duplicate =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                shop.bus()
                    .subscribe(
                        ShopHandlerTable.KITCHEN,
                        OrderConfirmed.class,
                        (event, context) -> HandlerTable.COMPLETED)
                    .build());
    assertTrue(duplicate.getMessage().contains(ShopHandlerTable.KITCHEN), duplicate.getMessage());
    IllegalArgumentException twoTables =
        assertThrows(
            IllegalArgumentException.class,
            () -> EventBus.builder(List.of(shop.table, new Shop().table)).build());
    assertTrue(twoTables.getMessage().contains("unique"), twoTables.getMessage());
    assertEquals(
        "tables",
        assertThrows(NullPointerException.class, () -> EventBus.builder(null)).getMessage());
    assertEquals(
        "executor",
        assertThrows(NullPointerException.class, () -> shop.bus().executor(null)).getMessage());
  }

  @Test
  void routesListsEveryTableRoute() {
    EventBus bus = shop.bus().synchronousDelivery().build();
    assertEquals(shop.table.routes(), bus.routes());
  }
}
