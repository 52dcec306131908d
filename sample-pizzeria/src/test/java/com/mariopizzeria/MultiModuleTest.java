package com.mariopizzeria;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mariopizzeria.kitchen.KitchenHandlerTable;
import com.mariopizzeria.kitchen.Ticket;
import com.mariopizzeria.kitchen.TicketCooked;
import com.mariopizzeria.kitchen.TicketQueue;
import com.mariopizzeria.kitchen.TicketStarted;
import com.mariopizzeria.orders.KitchenProgress;
import com.mariopizzeria.orders.OrderCancelled;
import com.mariopizzeria.orders.OrderConfirmed;
import com.mariopizzeria.orders.OrderService.PizzaRequest;
import com.mariopizzeria.orders.OrderStatus;
import com.mariopizzeria.orders.Size;
import dev.herald.runtime.generated.HandlerTable;
import java.io.OutputStream;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The service spans two Maven modules: the kitchen module's events reach this module's handlers,
 * and this module's records reach the kitchen's handler of its own interface, which its generated
 * table could only resolve at run time.
 */
class MultiModuleTest {

  private static final Duration WAIT = Duration.ofSeconds(5);

  @Test
  void theKitchenTableRoutesRecordsItWasNotCompiledWith() {
    KitchenHandlerTable kitchen = new KitchenHandlerTable(() -> null);
    assertFalse(kitchen.knows(OrderConfirmed.class), "compiled without the order module");
    int[] routes = kitchen.routesOf(OrderConfirmed.class);
    assertEquals(1, routes.length);
    assertEquals(TicketQueue.class, kitchen.routes().get(routes[0]).handlerType());
    assertArrayEquals(routes, kitchen.routesOf(OrderCancelled.class));
    assertEquals(0, kitchen.routesOf(TicketCooked.class).length);
  }

  @Test
  void theOrderModulesRecordsReachTheKitchenHandler() {
    try (HandlerHarness pizzeria = new HandlerHarness(0, 5)) {
      String kept =
          pizzeria.orders.place(
              "Luigi", "luigi@example.com", List.of(new PizzaRequest("Diavola", Size.LARGE, 1300)));
      String cancelled =
          pizzeria.orders.place(
              "Peach", "peach@example.com", List.of(new PizzaRequest("Funghi", Size.SMALL, 850)));

      pizzeria
          .test
          .scenario()
          .stimulate(() -> pizzeria.orders.confirm(kept))
          .andWaitUntilDelivered(TicketQueue.class, OrderConfirmed.class);
      pizzeria
          .test
          .scenario()
          .stimulate(() -> pizzeria.orders.confirm(cancelled))
          .andWaitUntilDelivered(
              TicketQueue.class, OrderConfirmed.class, e -> e.orderId().equals(cancelled));
      pizzeria
          .test
          .scenario()
          .stimulate(() -> pizzeria.orders.cancel(cancelled, "changed her mind"))
          .andWaitUntilDelivered(TicketQueue.class, OrderCancelled.class);

      assertEquals(
          List.of(kept), pizzeria.tickets.waiting().stream().map(Ticket::orderId).toList());
      assertEquals(
          List.of(cancelled), pizzeria.tickets.withdrawn().stream().map(Ticket::orderId).toList());
    }
  }

  @Test
  void theKitchenModulesEventsReachTheOrderModulesHandler() {
    try (HandlerHarness pizzeria = new HandlerHarness(0, 5)) {
      String orderId =
          pizzeria.orders.place(
              "Toad",
              "toad@example.com",
              List.of(new PizzaRequest("Margherita", Size.MEDIUM, 950)));
      pizzeria.orders.confirm(orderId);
      pizzeria.test.probe().awaitDelivered(TicketQueue.class, OrderConfirmed.class, WAIT);

      Ticket ticket = pizzeria.cook.startNext().orElseThrow();
      pizzeria.test.probe().awaitDelivered(KitchenProgress.class, TicketStarted.class, WAIT);
      assertEquals(OrderStatus.COOKING, pizzeria.orders.find(orderId).status());

      pizzeria
          .test
          .scenario()
          .stimulate(() -> pizzeria.cook.finish(ticket))
          .andWaitUntilDelivered(
              KitchenProgress.class, TicketCooked.class, e -> e.ticketNumber() == ticket.number());
      assertEquals(OrderStatus.READY, pizzeria.orders.find(orderId).status());
    }
  }

  @Test
  void theComponentCollectsTheTablesOfBothModules() {
    PizzeriaSettings settings =
        PizzeriaSettings.defaults()
            .inMemory()
            .withOut(new PrintStream(OutputStream.nullOutputStream()));
    try (PizzeriaComponent pizzeria = DaggerPizzeriaComponent.factory().create(settings)) {
      Set<HandlerTable> tables = pizzeria.handlerTables();
      assertEquals(2, tables.size());
      assertTrue(tables.stream().anyMatch(KitchenHandlerTable.class::isInstance));
      assertTrue(tables.stream().anyMatch(PizzeriaHandlerTable.class::isInstance));
      assertTrue(
          pizzeria.bus().routes().stream().anyMatch(r -> r.handlerType() == TicketQueue.class));
    }
  }
}
