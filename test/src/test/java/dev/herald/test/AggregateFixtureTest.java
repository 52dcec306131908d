package dev.herald.test;

import static dev.herald.test.AggregateFixture.given;
import static dev.herald.test.EventMatcher.anyEvent;
import static dev.herald.test.EventMatcher.event;
import static dev.herald.test.Failures.failsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.test.PizzeriaEvents.LookAlike;
import dev.herald.test.PizzeriaEvents.OrderCancelled;
import dev.herald.test.PizzeriaEvents.OrderConfirmed;
import dev.herald.test.PizzeriaEvents.OrderPlaced;
import dev.herald.test.PizzeriaEvents.PizzaAdded;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AggregateFixtureTest {

  private static AggregateFixture<Order> pendingOrderWithMargherita() {
    return given(() -> Order.place("o-1", "Mario")).andGiven(order -> order.addPizza("Margherita"));
  }

  @Nested
  class ExpectEvents {

    @Test
    void passesOnTheCommandsEventsOnly() {
      given(() -> Order.place("o-1", "Mario"))
          .andGiven(order -> order.addPizza("Margherita"))
          .when(Order::confirm)
          .expectEvents(new OrderConfirmed("o-1", List.of("Margherita")));
    }

    @Test
    void keepsTheSequenceOfTheGivenSteps() {
      CommandResult<Order> result = pendingOrderWithMargherita().when(Order::confirm);

      assertEquals(3, result.envelopes().get(0).sequence());
      assertEquals("o-1", result.envelopes().get(0).aggregateId());
    }

    @Test
    void failsOnAnotherFieldListingExpectedAndActual() {
      CommandResult<Order> result = pendingOrderWithMargherita().when(Order::confirm);

      failsWith(
          () -> result.expectEvents(new OrderConfirmed("o-1", List.of("Diavola"))),
          "Order o-1 raised other events than expected (first difference at event 1)",
          "expected 1 event:\n    1. OrderConfirmed[orderId=o-1, pizzas=[Diavola]]",
          "but it raised 1:\n    1. OrderConfirmed[orderId=o-1, pizzas=[Margherita]]");
    }

    @Test
    void failsOnAMissingEvent() {
      CommandResult<Order> result =
          pendingOrderWithMargherita().when(order -> order.addPizza("Diavola"));

      failsWith(
          () ->
              result.expectEvents(
                  new PizzaAdded("o-1", "Diavola"), new OrderConfirmed("o-1", List.of())),
          "first difference at event 2",
          "expected 2 events:",
          "but it raised 1:");
    }

    @Test
    void failsOnTheOrder() {
      CommandResult<Order> result =
          given(() -> Order.place("o-1", "Mario"))
              .when(
                  order -> {
                    order.addPizza("Margherita");
                    order.addPizza("Diavola");
                  });

      failsWith(
          () ->
              result.expectEvents(
                  new PizzaAdded("o-1", "Diavola"), new PizzaAdded("o-1", "Margherita")),
          "first difference at event 1");
    }

    @Test
    void explainsEventsThatPrintAlikeButDiffer() {
      CommandResult<Order> result = pendingOrderWithMargherita().when(Order::confirm);

      failsWith(
          () -> result.expectEvents(new LookAlike.OrderConfirmed("o-1", List.of("Margherita"))),
          "event 1 prints the same but is not equal: expected a"
              + " dev.herald.test.PizzeriaEvents$LookAlike$OrderConfirmed, raised a"
              + " dev.herald.test.PizzeriaEvents$OrderConfirmed");
    }

    @Test
    void failsWhenTheCommandThrewAndKeepsTheCause() {
      CommandResult<Order> result = given(() -> Order.place("o-1", "Mario")).when(Order::confirm);

      AssertionError failure =
          failsWith(
              () -> result.expectEvents(new OrderConfirmed("o-1", List.of())),
              "Expected Order o-1 to raise 1 event, but the command threw IllegalStateException:"
                  + " Order o-1 has no pizzas");
      assertTrue(failure.getCause() instanceof IllegalStateException);
    }
  }

  @Nested
  class ExpectEventsMatching {

    @Test
    void passesWhenEachEventMatchesItsPredicate() {
      pendingOrderWithMargherita()
          .when(order -> order.cancel("changed my mind"))
          .expectEventsMatching(
              event(
                  OrderCancelled.class,
                  "with a reason",
                  cancelled -> !cancelled.reason().isBlank()));
    }

    @Test
    void failsNamingTheMatcherThatDoesNotMatch() {
      CommandResult<Order> result = pendingOrderWithMargherita().when(order -> order.cancel(""));

      failsWith(
          () ->
              result.expectEventsMatching(
                  event(OrderCancelled.class, "with a reason", c -> !c.reason().isBlank())),
          "Order o-1 raised events that do not match: event 1 does not match an OrderCancelled with"
              + " a reason",
          "expected:\n    1. an OrderCancelled with a reason",
          "raised:\n    1. OrderCancelled[orderId=o-1, reason=]");
    }

    @Test
    void failsOnTheCount() {
      CommandResult<Order> result = pendingOrderWithMargherita().when(Order::confirm);

      failsWith(
          () ->
              result.expectEventsMatching(
                  anyEvent(OrderConfirmed.class), anyEvent(OrderCancelled.class)),
          "expected 2 events but it raised 1");
    }

    @Test
    void acceptsPlainPredicates() {
      pendingOrderWithMargherita()
          .when(Order::confirm)
          .expectEventsMatching(
              e -> e instanceof OrderConfirmed confirmed && confirmed.pizzas().size() == 1);
    }

    @Test
    void expectEventTypesIgnoresFields() {
      CommandResult<Order> result =
          given(() -> Order.place("o-1", "Mario")).when(order -> order.addPizza("Diavola"));

      result.expectEventTypes(PizzaAdded.class);
      failsWith(
          () -> result.expectEventTypes(OrderPlaced.class),
          "event 1 does not match any OrderPlaced");
    }
  }

  @Nested
  class ExpectNoEvents {

    @Test
    void passesWhenNothingWasRaised() {
      pendingOrderWithMargherita().andGiven(Order::confirm).when(Order::confirm).expectNoEvents();
    }

    @Test
    void failsListingWhatWasRaised() {
      CommandResult<Order> result = pendingOrderWithMargherita().when(Order::confirm);

      failsWith(
          result::expectNoEvents,
          "Expected Order o-1 to raise no event, but it raised 1:\n"
              + "    1. OrderConfirmed[orderId=o-1, pizzas=[Margherita]]");
    }
  }

  @Nested
  class ExpectException {

    @Test
    void passesOnTheTypeAndMessage() {
      given(() -> Order.place("o-1", "Mario"))
          .when(Order::confirm)
          .expectException(IllegalStateException.class, "has no pizzas")
          .expectException(RuntimeException.class);
    }

    @Test
    void failsWhenNothingWasThrownListingTheEvents() {
      CommandResult<Order> result = pendingOrderWithMargherita().when(Order::confirm);

      failsWith(
          () -> result.expectException(IllegalStateException.class),
          "Expected the command to throw IllegalStateException, but it completed and Order o-1"
              + " raised 1 event:",
          "1. OrderConfirmed[orderId=o-1, pizzas=[Margherita]]");
    }

    @Test
    void failsOnAnotherType() {
      CommandResult<Order> result = given(() -> Order.place("o-1", "Mario")).when(Order::confirm);

      AssertionError failure =
          failsWith(
              () -> result.expectException(IllegalArgumentException.class),
              "Expected the command to throw IllegalArgumentException, but it threw"
                  + " IllegalStateException: Order o-1 has no pizzas");
      assertTrue(failure.getCause() instanceof IllegalStateException);
    }

    @Test
    void failsOnAnotherMessage() {
      CommandResult<Order> result = given(() -> Order.place("o-1", "Mario")).when(Order::confirm);

      failsWith(
          () -> result.expectException(IllegalStateException.class, "already confirmed"),
          "Expected IllegalStateException with a message containing \"already confirmed\", but its"
              + " message was \"Order o-1 has no pizzas\"");
    }

    @Test
    void catchesCheckedExceptions() {
      given(() -> Order.place("o-1", "Mario"))
          .when(
              order -> {
                throw new IOException("disk full");
              })
          .expectException(IOException.class, "disk full");
    }
  }

  @Nested
  class ExpectState {

    @Test
    void runsTheAssertionsOnTheAggregate() {
      pendingOrderWithMargherita()
          .when(Order::confirm)
          .expectState(order -> assertEquals(Order.Status.CONFIRMED, order.status()));
    }

    @Test
    void letsAFailingAssertionThroughUnchanged() {
      CommandResult<Order> result = pendingOrderWithMargherita().when(Order::confirm);
      AssertionError own = new AssertionError("status differs");

      AssertionError thrown =
          assertThrows(
              AssertionError.class,
              () ->
                  result.expectState(
                      order -> {
                        throw own;
                      }));
      assertSame(own, thrown);
    }

    @Test
    void failsWhenTheCommandThrew() {
      CommandResult<Order> result =
          pendingOrderWithMargherita().andGiven(o -> o.cancel("no")).when(Order::confirm);

      failsWith(
          () -> result.expectState(order -> {}),
          "Expected Order o-1 to complete, but the command threw IllegalStateException: Order o-1"
              + " is CANCELLED and cannot be confirmed");
    }
  }

  @Nested
  class Given {

    @Test
    void failsWhenTheFactoryThrows() {
      failsWith(
          () ->
              given(
                  () -> {
                    throw new IllegalArgumentException("no customer");
                  }),
          "The given factory threw IllegalArgumentException: no customer; the test cannot start");
    }

    @Test
    void failsWhenTheFactoryReturnsNull() {
      failsWith(() -> given(() -> null), "The given factory returned null");
    }

    @Test
    void failsWhenAGivenStepThrows() {
      AggregateFixture<Order> fixture =
          given(() -> Order.place("o-1", "Mario")).andGiven(o -> o.cancel("no"));

      failsWith(
          () -> fixture.andGiven(o -> o.addPizza("Margherita")),
          "Given step 3 threw IllegalStateException: Order o-1 is CANCELLED; pizzas can be added"
              + " only while pending on Order o-1; the aggregate is not in the state the test"
              + " assumes");
    }

    @Test
    void testsOneCommandOnly() {
      AggregateFixture<Order> fixture = pendingOrderWithMargherita();
      fixture.when(Order::confirm);

      IllegalStateException twice =
          assertThrows(IllegalStateException.class, () -> fixture.when(Order::confirm));
      assertTrue(
          twice.getMessage().contains("put earlier commands in andGiven"), twice.getMessage());
    }

    @Test
    void marksTheGivenEventsCommitted() {
      AggregateFixture<Order> fixture = pendingOrderWithMargherita();

      assertTrue(fixture.aggregate().uncommittedEvents().isEmpty());
      assertEquals(2, fixture.aggregate().version());
    }
  }
}
