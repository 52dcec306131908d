package com.mariopizzeria.kitchen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.test.HeraldTestBus;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The kitchen module on its own: its generated table routes its own KitchenWork to the ticket
 * queue.
 */
class TicketQueueTest {

  @Test
  void aBurntPizzaIsQueuedAgain() {
    List<String> shown = new ArrayList<>();
    TicketQueue queue =
        new TicketQueue(
            line -> {
              synchronized (shown) {
                shown.add(line);
              }
            });
    try (HeraldTestBus test = HeraldTestBus.synchronous(new KitchenHandlerTable(() -> queue))) {
      test.scenario()
          .stimulate(() -> test.bus().publish(new PizzaBurnt("order-9", "Diavola (large)")))
          .andWaitUntilDelivered(TicketQueue.class, PizzaBurnt.class);

      Ticket ticket = queue.takeNext().orElseThrow();
      assertEquals(new Ticket(1, "order-9", List.of("Diavola (large) (again)")), ticket);
      assertTrue(queue.waiting().isEmpty());
      assertEquals(List.of("ticket #1 for order-9: Diavola (large) (again)"), shown);
    }
  }

  @Test
  void aWithdrawalTakesOnlyTheOrdersWaitingTickets() {
    TicketQueue queue = new TicketQueue(line -> {});
    queue.on(new PizzaBurnt("order-1", "Funghi"));
    queue.on(new PizzaBurnt("order-2", "Margherita"));
    queue.on(withdrawal("order-1"));

    assertEquals(List.of("order-2"), queue.waiting().stream().map(Ticket::orderId).toList());
    assertEquals(List.of("order-1"), queue.withdrawn().stream().map(Ticket::orderId).toList());
  }

  /** KitchenWork from "another module": a class the kitchen's table was not compiled with. */
  private static KitchenWork withdrawal(String orderId) {
    return new KitchenWork() {
      @Override
      public String orderId() {
        return orderId;
      }

      @Override
      public TicketAction kitchenAction() {
        return TicketAction.WITHDRAW;
      }
    };
  }
}
