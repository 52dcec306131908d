package com.mariopizzeria.orders;

import static dev.herald.test.AggregateFixture.given;
import static dev.herald.test.EventMatcher.event;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.herald.test.AggregateFixture;
import dev.herald.test.CommandResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The order's life, command by command, with herald-test's aggregate fixture. */
class OrderTest {

  private static final PizzaLine MARGHERITA = new PizzaLine("Margherita", Size.LARGE, 1250);

  private static AggregateFixture<Order> pending() {
    return given(() -> Order.place("order-1", "Luigi", "luigi@example.com"))
        .andGiven(order -> order.addPizza("Margherita", Size.LARGE, 1250));
  }

  private static AggregateFixture<Order> confirmed() {
    return pending().andGiven(Order::confirm);
  }

  private static AggregateFixture<Order> delivered() {
    return confirmed()
        .andGiven(order -> order.startCooking(1))
        .andGiven(Order::markReady)
        .andGiven(order -> order.sendOut("Yoshi"))
        .andGiven(Order::deliver);
  }

  /**
   * A rejected command leaves no event behind (the fixture's expectNoEvents is for commands that
   * completed).
   */
  private static void raisedNothing(CommandResult<Order> result) {
    assertEquals(List.of(), result.events());
  }

  @Test
  void placingRaisesOrderPlaced() {
    Order order = Order.place("order-1", "Luigi", "luigi@example.com");
    assertEquals(
        List.of(new OrderPlaced("order-1", "Luigi", "luigi@example.com")),
        order.uncommittedEvents().stream().map(e -> e.event()).toList());
    assertEquals(OrderStatus.PENDING, order.status());
  }

  @Test
  void addingAPizzaRaisesItsLine() {
    given(() -> Order.place("order-1", "Luigi", "luigi@example.com"))
        .when(order -> order.addPizza("Diavola", Size.SMALL, 800))
        .expectEvents(new PizzaAddedToOrder("order-1", "Diavola", Size.SMALL, 800))
        .expectState(order -> assertEquals(800, order.totalCents()));
  }

  @Test
  void confirmingCarriesThePizzasAndTheTotal() {
    pending()
        .when(Order::confirm)
        .expectEvents(
            new OrderConfirmed("order-1", "Luigi", "luigi@example.com", List.of(MARGHERITA), 1250))
        .expectState(order -> assertEquals(OrderStatus.CONFIRMED, order.status()));
  }

  @Test
  void anOrderWithoutPizzasCannotBeConfirmed() {
    raisedNothing(
        given(() -> Order.place("order-1", "Luigi", "luigi@example.com"))
            .when(Order::confirm)
            .expectException(IllegalStateException.class, "has no pizzas"));
  }

  @Test
  void theWholeLifeInOrder() {
    confirmed().when(order -> order.startCooking(7)).expectEvents(new CookingStarted("order-1", 7));
    confirmed()
        .andGiven(order -> order.startCooking(7))
        .when(Order::markReady)
        .expectEvents(new OrderReady("order-1", "Luigi", "luigi@example.com"));
    confirmed()
        .andGiven(order -> order.startCooking(7))
        .andGiven(Order::markReady)
        .when(order -> order.sendOut("Yoshi"))
        .expectEvents(new OrderOutForDelivery("order-1", "Yoshi"));
    confirmed()
        .andGiven(order -> order.startCooking(7))
        .andGiven(Order::markReady)
        .andGiven(order -> order.sendOut("Yoshi"))
        .when(Order::deliver)
        .expectEvents(new OrderDelivered("order-1", "Luigi", "luigi@example.com", 1250))
        .expectState(order -> assertEquals(OrderStatus.DELIVERED, order.status()));
  }

  @Test
  void skippingAStepIsRejected() {
    raisedNothing(
        pending()
            .when(order -> order.startCooking(1))
            .expectException(
                IllegalOrderTransitionException.class, "cannot start cooking while PENDING"));
    raisedNothing(
        confirmed()
            .when(Order::deliver)
            .expectException(
                IllegalOrderTransitionException.class, "cannot be delivered while CONFIRMED"));
    confirmed()
        .when(Order::confirm)
        .expectException(
            IllegalOrderTransitionException.class, "cannot be confirmed while CONFIRMED");
    confirmed()
        .when(order -> order.addPizza("Funghi", Size.SMALL, 800))
        .expectException(
            IllegalOrderTransitionException.class, "cannot add a pizza while CONFIRMED");
  }

  @Test
  void cancellingAConfirmedOrderSaysItWasConfirmed() {
    confirmed()
        .when(order -> order.cancel("oven broke"))
        .expectEventsMatching(
            event(
                OrderCancelled.class,
                "a cancellation of a confirmed order",
                e -> e.wasConfirmed() && e.reason().equals("oven broke") && e.totalCents() == 1250))
        .expectState(order -> assertEquals(OrderStatus.CANCELLED, order.status()));
  }

  @Test
  void cancellingAPendingOrderWasNotConfirmed() {
    pending()
        .when(order -> order.cancel("changed her mind"))
        .expectEventsMatching(event(OrderCancelled.class, "not confirmed", e -> !e.wasConfirmed()));
  }

  @Test
  void aDeliveredOrCancelledOrderCannotBeCancelled() {
    raisedNothing(
        delivered()
            .when(order -> order.cancel("too late"))
            .expectException(
                IllegalOrderTransitionException.class, "cannot be cancelled while DELIVERED"));
    raisedNothing(
        pending()
            .andGiven(order -> order.cancel("first"))
            .when(order -> order.cancel("again"))
            .expectException(
                IllegalOrderTransitionException.class, "cannot be cancelled while CANCELLED"));
  }

  @Test
  void aCancellationNeedsAReason() {
    raisedNothing(
        pending()
            .when(order -> order.cancel(" "))
            .expectException(IllegalArgumentException.class, "reason must not be blank"));
  }

  @Test
  void aRestoredOrderContinuesItsSequence() {
    Order saved = confirmed().aggregate();
    Order restored = Order.restore(saved.snapshot());
    assertEquals(saved.version(), restored.committedVersion());
    restored.startCooking(1);
    assertEquals(saved.version() + 1, restored.uncommittedEvents().get(0).sequence());
  }
}
