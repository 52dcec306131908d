package dev.herald.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.runtime.EventBus;
import dev.herald.runtime.RetryPolicy;
import dev.herald.runtime.spi.CommittingEvents;
import dev.herald.test.PizzeriaEvents.OrderConfirmed;
import dev.herald.test.PizzeriaEvents.Unknown;
import dev.herald.test.PizzeriaHandlers.Kitchen;
import dev.herald.test.PizzeriaHandlers.Mailer;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeraldTestBusTest {

  private final PizzeriaHandlerTable table = new PizzeriaHandlerTable();

  private static Order confirmedOrder(String id) {
    Order order = Order.place(id, "Mario");
    order.addPizza("Margherita");
    order.confirm();
    return order;
  }

  @Test
  void synchronousBusHasRunAfterCommitHandlersWhenCommitReturns() {
    try (HeraldTestBus test = HeraldTestBus.synchronous(table)) {
      CommittingEvents committed = test.commit(confirmedOrder("o-1"));

      assertEquals(3, committed.events().size());
      assertEquals(List.of("o-1"), table.kitchen.tickets);
      assertEquals(
          List.of(new OrderConfirmed("o-1", List.of("Margherita"))),
          test.recorder().recorded(OrderConfirmed.class));
      assertEquals(1, test.probe().deliveredTo(Kitchen.class).size());
    }
  }

  @Test
  void rejectsEventTypesNoTableKnowsAsTheApplicationsBusDoes() {
    try (EventBus plain = EventBus.builder(List.of(table)).build();
        HeraldTestBus test = HeraldTestBus.synchronous(table)) {
      IllegalArgumentException fromPlainBus =
          assertThrows(IllegalArgumentException.class, () -> plain.publish(new Unknown("?")));
      Order order = Order.place("o-1", "Mario");
      order.raiseAnything(new Unknown("?"));

      IllegalArgumentException fromTestBus =
          assertThrows(IllegalArgumentException.class, () -> test.commit(order));

      assertTrue(
          fromPlainBus
              .getMessage()
              .contains(
                  "No handler table knows the event type dev.herald.test.PizzeriaEvents$Unknown"));
      assertTrue(
          fromTestBus
              .getMessage()
              .contains(
                  "No handler table knows the event type dev.herald.test.PizzeriaEvents$Unknown"),
          fromTestBus.getMessage());
      assertThrows(IllegalArgumentException.class, () -> test.bus().publish(new Unknown("?")));
      assertEquals(List.of(), test.recorder().events());
    }
  }

  @Test
  void acceptsUnknownTypesWhenNotStrict() {
    try (HeraldTestBus test =
        HeraldTestBus.builder(List.of(table)).synchronous().strictEventTypes(false).build()) {
      test.bus().publish(new Unknown("?"));

      assertEquals(List.of(new Unknown("?")), test.recorder().events());
    }
  }

  @Test
  void appliesTheBusSettingsItIsGiven() {
    try (HeraldTestBus test =
        HeraldTestBus.builder(List.of(table))
            .synchronous()
            .configure(bus -> bus.retryPolicy(Mailer.class, RetryPolicy.noRetries()))
            .build()) {
      table.mailer.failuresLeft.set(1);

      test.commit(Order.place("o-1", "Mario"));

      assertEquals(1, test.bus().deadLetters().size());
      assertEquals(1, test.probe().deadLetters().size());
    }
  }

  @Test
  void awaitIdleWaitsForAsynchronousDelivery() {
    HeraldTestBus test = HeraldTestBus.asynchronous(table);
    try {
      for (int i = 0; i < 10; i++) {
        test.commit(confirmedOrder("o-" + i));
      }

      test.awaitIdle(Duration.ofSeconds(10));

      assertEquals(10, table.kitchen.tickets.size());
      assertEquals(30, table.mailer.sent.size());
    } finally {
      test.close();
    }
    assertTrue(test.bus().isShutdown());
  }
}
