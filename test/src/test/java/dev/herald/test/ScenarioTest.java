package dev.herald.test;

import static dev.herald.test.Failures.failsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.runtime.EventBus;
import dev.herald.test.PizzeriaEvents.OrderCancelled;
import dev.herald.test.PizzeriaEvents.OrderConfirmed;
import dev.herald.test.PizzeriaHandlers.Kitchen;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ScenarioTest {

  private static final Duration SHORT = Duration.ofMillis(50);

  private final PizzeriaHandlerTable table = new PizzeriaHandlerTable();
  private HeraldTestBus test;

  @AfterEach
  void close() {
    if (test != null) {
      test.close();
    }
  }

  private static Order pendingOrder(String id) {
    Order order = Order.place(id, "Mario");
    order.addPizza("Margherita");
    return order;
  }

  @Test
  void waitsForTheEventTheStimulusLeadsTo() {
    test = HeraldTestBus.asynchronous(table);
    Order order = pendingOrder("o-1");

    OrderConfirmed confirmed =
        Scenario.on(test)
            .stimulate(uow -> uow.register(order).confirm())
            .andWaitForEventOfType(OrderConfirmed.class)
            .matching(e -> e.orderId().equals("o-1"))
            .toArrive();

    assertEquals(new OrderConfirmed("o-1", List.of("Margherita")), confirmed);
    assertTrue(order.uncommittedEvents().isEmpty(), "the scenario committed the unit of work");
  }

  @Test
  void countsOnlyEventsAfterTheStimulus() {
    test = HeraldTestBus.synchronous(table);
    Order earlier = pendingOrder("o-1");
    earlier.confirm();
    test.commit(earlier);

    failsWith(
        () ->
            test.scenario()
                .andWaitAtMost(SHORT)
                .stimulate(uow -> uow.register(Order.place("o-2", "Luigi")))
                .andWaitForEventOfType(OrderConfirmed.class)
                .toArrive(),
        "Expected an OrderConfirmed within PT0.05S, but none arrived. Events recorded since the"
            + " stimulus:\n"
            + "    1. OrderPlaced[orderId=o-2, customer=Luigi]\n");
  }

  @Test
  void namesTheConditionInTheFailure() {
    test = HeraldTestBus.synchronous(table);

    failsWith(
        () ->
            test.scenario()
                .andWaitAtMost(SHORT)
                .stimulate(uow -> uow.register(pendingOrder("o-1")).confirm())
                .andWaitForEventOfType(OrderConfirmed.class)
                .matching("for o-9", e -> e.orderId().equals("o-9"))
                .toArrive(),
        "Expected an OrderConfirmed for o-9 within PT0.05S",
        "3. OrderConfirmed[orderId=o-1, pizzas=[Margherita]]");
  }

  @Test
  void verifiesTheArrivedEvent() {
    test = HeraldTestBus.synchronous(table);
    AssertionError own = new AssertionError("wrong pizzas");

    AssertionError thrown =
        assertThrows(
            AssertionError.class,
            () ->
                test.scenario()
                    .stimulate(uow -> uow.register(pendingOrder("o-1")).confirm())
                    .andWaitForEventOfType(OrderConfirmed.class)
                    .toArriveAndVerify(
                        event -> {
                          throw own;
                        }));

    assertSame(own, thrown);
  }

  @Test
  void takesAStimulusThatPublishesByItself() {
    test = HeraldTestBus.asynchronous(table);

    test.scenario()
        .stimulate(() -> test.bus().publish(new OrderCancelled("o-7", "closed")))
        .andWaitForEventOfType(OrderCancelled.class)
        .toArriveAndVerify(event -> assertEquals("closed", event.reason()));
  }

  @Test
  void waitsForTheEffectOfAHandler() {
    test = HeraldTestBus.asynchronous(table);

    List<String> tickets =
        test.scenario()
            .stimulate(uow -> uow.register(pendingOrder("o-1")).confirm())
            .andWaitForStateChange(() -> table.kitchen.tickets)
            .toArrive();

    assertEquals(List.of("o-1"), tickets);
  }

  @Test
  void failsWhenTheStateDoesNotChange() {
    test = HeraldTestBus.synchronous(table);

    failsWith(
        () ->
            test.scenario()
                .andWaitAtMost(SHORT)
                .stimulate(uow -> uow.register(pendingOrder("o-1")))
                .andWaitForStateChange(
                    () -> table.kitchen.tickets, tickets -> tickets.contains("o-1"))
                .andVerify(tickets -> {}),
        "Expected the state to change within PT0.05S, but it is still []",
        "1. OrderPlaced[orderId=o-1, customer=Mario]");
  }

  @Test
  void waitsUntilAHandlerWasDeliveredAfterTheStimulus() {
    test = HeraldTestBus.asynchronous(table);
    Order earlier = pendingOrder("o-1");
    earlier.confirm();
    test.commit(earlier);
    test.awaitIdle(Duration.ofSeconds(10));

    OrderConfirmed delivered =
        test.scenario()
            .stimulate(uow -> uow.register(pendingOrder("o-2")).confirm())
            .andWaitUntilDelivered(Kitchen.class, OrderConfirmed.class);
    assertEquals("o-2", delivered.orderId());

    failsWith(
        () ->
            test.scenario()
                .andWaitAtMost(SHORT)
                .stimulate(() -> test.bus().publish(new OrderCancelled("o-3", "closed")))
                .andWaitUntilDelivered(Kitchen.class, OrderConfirmed.class),
        "Expected Kitchen to be delivered an OrderConfirmed within PT0.05S, but it was not.");
  }

  @Test
  void needsAProbeToWaitForDeliveries() {
    EventRecorder recorder = new EventRecorder();
    try (EventBus bus =
        recorder.registerWith(EventBus.builder(List.of(table)).synchronousDelivery()).build()) {
      Scenario.Stimulated stimulated = Scenario.on(bus, recorder).stimulate(() -> {});

      IllegalStateException failure =
          assertThrows(
              IllegalStateException.class,
              () -> stimulated.andWaitUntilDelivered(Kitchen.class, OrderConfirmed.class));
      assertTrue(
          failure.getMessage().contains("This scenario has no DeliveryProbe"),
          failure.getMessage());
    }
  }

  @Test
  void letsRuntimeFailuresOfTheStimulusThroughAndReportsCheckedOnes() {
    test = HeraldTestBus.synchronous(table);
    table.inventory.outOfStock = true;

    IllegalStateException refused =
        assertThrows(
            IllegalStateException.class,
            () -> test.scenario().stimulate(uow -> uow.register(pendingOrder("o-1")).confirm()));
    assertEquals("Out of stock for order o-1", refused.getMessage());
    failsWith(
        () ->
            test.scenario()
                .stimulate(
                    () -> {
                      throw new IOException("printer jammed");
                    }),
        "The stimulus threw IOException: printer jammed");
    assertEquals(List.of(), test.recorder().events());
  }
}
