package dev.herald.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.runtime.Shop.Order;
import dev.herald.runtime.ShopEvents.Announcement;
import dev.herald.runtime.ShopEvents.OrderConfirmed;
import dev.herald.runtime.ShopEvents.OrderPlaced;
import dev.herald.runtime.ShopEvents.Unrouted;
import dev.herald.runtime.generated.HandlerTable;
import dev.herald.runtime.spi.CommitStep;
import dev.herald.runtime.spi.CommittingEvents;
import dev.herald.runtime.spi.Delivery;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class UnitOfWorkTest {

  private final Shop shop = new Shop();
  private final EventBus bus =
      shop.bus().synchronousDelivery().retryPolicy(RetryPolicy.noRetries()).build();

  @Test
  void commitRunsImmediateHandlersThenTheStepThenAfterCommitHandlers() {
    Order order = new Order("o-1");
    order.place();
    order.confirm(1500);
    AtomicReference<CommittingEvents> seenByStep = new AtomicReference<>();
    List<String> callsBeforeStep = new java.util.ArrayList<>();
    UnitOfWork uow = bus.unitOfWork();
    uow.register(order);
    CommittingEvents committed =
        uow.commit(
            events -> {
              seenByStep.set(events);
              shop.journal.calls().forEach(call -> callsBeforeStep.add(call.handler()));
            });

    assertEquals(
        List.of("inventory"), callsBeforeStep, "only IMMEDIATE handlers run before the step");
    assertSame(committed, seenByStep.get());
    assertEquals(2, committed.events().size());
    assertEquals(
        List.of(ShopHandlerTable.MAILER, ShopHandlerTable.KITCHEN, ShopHandlerTable.MAILER),
        committed.deliveries().stream().map(Delivery::routeId).toList(),
        "one delivery per (event, AFTER_COMMIT route), in event order then route order");
    assertEquals(
        List.of(new OrderPlaced("o-1"), new OrderConfirmed("o-1", 1500)),
        shop.journal.events("mailer"));
    assertEquals(List.of(new OrderConfirmed("o-1", 1500)), shop.journal.events("kitchen"));
    assertTrue(order.uncommittedEvents().isEmpty());
    assertEquals(2, order.committedVersion());
    assertTrue(uow.isCommitted());
  }

  @Test
  void immediateFailureAbortsAndPublishesNothing() {
    shop.inventory.behavior =
        (event, context) -> {
          throw new IllegalStateException("out of mozzarella");
        };
    Order order = new Order("o-2");
    order.place();
    order.confirm(900);
    UnitOfWork uow = bus.unitOfWork();
    uow.register(order);
    boolean[] stepCalled = {false};
    IllegalStateException refused =
        assertThrows(IllegalStateException.class, () -> uow.commit(events -> stepCalled[0] = true));

    assertEquals(
        "out of mozzarella",
        refused.getMessage(),
        "the handler's own exception propagates unchanged");
    assertFalse(stepCalled[0]);
    assertEquals(
        List.of("inventory"), shop.journal.calls().stream().map(Journal.Call::handler).toList());
    assertEquals(2, order.uncommittedEvents().size(), "the aggregate keeps its events");
    IllegalStateException again = assertThrows(IllegalStateException.class, uow::commit);
    assertTrue(again.getMessage().contains("already failed"), again.getMessage());
  }

  @Test
  void checkedExceptionsAreWrappedWithTheRoute() {
    shop.inventory.behavior =
        (event, context) -> {
          throw new IOException("stock service down");
        };
    Order order = new Order("o-3");
    order.confirm(1);
    UnitOfWork uow = bus.unitOfWork();
    uow.register(order);
    CommitFailedException failed = assertThrows(CommitFailedException.class, uow::commit);
    assertTrue(failed.getMessage().contains(ShopHandlerTable.INVENTORY), failed.getMessage());
    assertTrue(failed.getCause() instanceof IOException);
    assertTrue(shop.journal.events("kitchen").isEmpty());
  }

  @Test
  void failingCommitStepPublishesNothing() {
    Order order = new Order("o-4");
    order.place();
    UnitOfWork uow = bus.unitOfWork();
    uow.register(order);
    CommitFailedException failed =
        assertThrows(
            CommitFailedException.class,
            () ->
                uow.commit(
                    events -> {
                      throw new java.sql.SQLException("deadlock");
                    }));
    assertTrue(failed.getMessage().contains("commit step failed"), failed.getMessage());
    assertTrue(shop.journal.events("mailer").isEmpty());
    assertEquals(1, order.uncommittedEvents().size());
  }

  @Test
  void rollbackAndExceptionsBeforeCommitPublishNothing() {
    Order order = new Order("o-5");
    try (UnitOfWork uow = bus.unitOfWork()) {
      uow.register(order);
      order.place();
      uow.publish(new Announcement("opened"));
      uow.rollback();
      IllegalStateException afterRollback = assertThrows(IllegalStateException.class, uow::commit);
      assertTrue(afterRollback.getMessage().contains("rolled back"), afterRollback.getMessage());
    }
    Order other = new Order("o-6");
    assertThrows(
        IllegalStateException.class,
        () -> {
          try (UnitOfWork uow = bus.unitOfWork()) {
            uow.register(other);
            other.place();
            throw new IllegalStateException("business rule broken");
          }
        });
    assertTrue(shop.journal.calls().isEmpty(), "no handler ran: " + shop.journal.calls());
  }

  @Test
  void committingTwiceIsRefused() {
    UnitOfWork uow = bus.unitOfWork();
    Order order = uow.register(new Order("o-7"));
    order.place();
    uow.commit();
    IllegalStateException twice = assertThrows(IllegalStateException.class, uow::commit);
    assertEquals(
        "Cannot commit: the unit of work was already committed; use a new unit of work for each"
            + " operation",
        twice.getMessage());
    assertThrows(IllegalStateException.class, uow::rollback);
    assertEquals(
        1, shop.journal.events("mailer").size(), "the first commit's events were delivered once");
  }

  @Test
  void unknownEventTypeIsNamedWithTheFix() {
    UnitOfWork uow = bus.unitOfWork();
    Order order = uow.register(new Order("o-8"));
    order.raiseAnything(new Unrouted("?"));
    IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, uow::commit);
    assertTrue(unknown.getMessage().contains(Unrouted.class.getName()), unknown.getMessage());
    assertTrue(unknown.getMessage().contains("@DomainEvent"), unknown.getMessage());
    assertTrue(unknown.getMessage().contains("subscribe"), unknown.getMessage());
    IllegalArgumentException direct =
        assertThrows(IllegalArgumentException.class, () -> bus.publish(new Unrouted("!")));
    assertEquals(unknown.getMessage(), direct.getMessage());
  }

  @Test
  void eventsRaisedByImmediateHandlersAreAppendedToTheUnitOfWork() {
    Order stock = new Order("stock-1");
    shop.inventory.behavior =
        (event, context) -> {
          stock.step(1);
          bus.publish(new Announcement("reserved for " + ((OrderConfirmed) event).orderId()));
          return HandlerTable.COMPLETED;
        };
    Order order = new Order("o-9");
    order.confirm(700);
    UnitOfWork uow = bus.unitOfWork();
    uow.register(order);
    uow.register(stock);
    CommittingEvents committed = uow.commit();

    assertEquals(3, committed.events().size(), committed.events().toString());
    assertEquals(List.of(new ShopEvents.Step("stock-1", 1)), shop.journal.events("ledger"));
    assertEquals(
        List.of(new ShopEvents.Step("stock-1", 1), new Announcement("reserved for o-9")),
        shop.journal.events("audit"));
    assertTrue(stock.uncommittedEvents().isEmpty());
  }

  @Test
  void eventsRaisedDuringTheStepStayUncommittedForTheNextUnitOfWork() {
    Order order = new Order("o-step");
    order.place();
    UnitOfWork first = bus.unitOfWork();
    first.register(order);
    CommittingEvents committed = first.commit(events -> order.confirm(900));

    assertEquals(List.of(new OrderPlaced("o-step")), eventsOf(committed));
    assertEquals(
        List.of(new OrderConfirmed("o-step", 900)),
        order.uncommittedEvents().stream().map(envelope -> envelope.event()).toList());
    assertEquals(1, order.committedVersion());
    assertEquals(2, order.version());

    UnitOfWork second = bus.unitOfWork();
    second.register(order);
    assertEquals(List.of(new OrderConfirmed("o-step", 900)), eventsOf(second.commit()));
    assertTrue(order.uncommittedEvents().isEmpty());
    assertEquals(2, order.committedVersion());
  }

  private static List<Object> eventsOf(CommittingEvents committed) {
    return committed.events().stream().map(envelope -> envelope.event()).toList();
  }

  @Test
  void afterCommitHandlersCommitTheirOwnUnitOfWork() {
    shop.kitchen.behavior =
        (event, context) -> {
          UnitOfWork followUp = bus.unitOfWork();
          followUp.register(new Order("ticket-for-" + ((OrderConfirmed) event).orderId())).step(1);
          followUp.commit();
          return HandlerTable.COMPLETED;
        };
    UnitOfWork uow = bus.unitOfWork();
    uow.register(new Order("o-10")).confirm(10);
    uow.commit();
    assertEquals(
        List.of(new ShopEvents.Step("ticket-for-o-10", 1)),
        shop.journal.events("ledger"),
        "the follow-up unit of work was committed and delivered");
  }

  @Test
  void nullArgumentsAreNamed() {
    UnitOfWork uow = bus.unitOfWork();
    assertEquals(
        "aggregate",
        assertThrows(NullPointerException.class, () -> uow.register(null)).getMessage());
    assertEquals(
        "event", assertThrows(NullPointerException.class, () -> uow.publish(null)).getMessage());
    assertEquals(
        "step",
        assertThrows(NullPointerException.class, () -> uow.commit((CommitStep) null)).getMessage());
    assertEquals(
        "event", assertThrows(NullPointerException.class, () -> bus.publish(null)).getMessage());
  }
}
