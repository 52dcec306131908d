package com.mariopizzeria;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mariopizzeria.inventory.Inventory;
import com.mariopizzeria.inventory.OutOfStockException;
import com.mariopizzeria.inventory.Recipes;
import com.mariopizzeria.inventory.Stock;
import com.mariopizzeria.kitchen.TicketQueue;
import com.mariopizzeria.loyalty.PointsEarned;
import com.mariopizzeria.notifications.CustomerNotifications;
import com.mariopizzeria.orders.IllegalOrderTransitionException;
import com.mariopizzeria.orders.OrderConfirmed;
import com.mariopizzeria.orders.OrderDelivered;
import com.mariopizzeria.orders.OrderService.PizzaRequest;
import com.mariopizzeria.orders.OrderStatus;
import com.mariopizzeria.orders.PizzaLine;
import com.mariopizzeria.orders.Size;
import com.mariopizzeria.receipts.Receipts;
import dev.herald.runtime.DeadLetter;
import dev.herald.test.DeliveryProbe;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each handler's effect, with herald-test's scenario, probe and recorder. */
class HandlersTest {

  private static final Duration WAIT = Duration.ofSeconds(5);
  private static final List<PizzaRequest> LUIGI =
      List.of(
          new PizzaRequest("Margherita", Size.LARGE, 1250),
          new PizzaRequest("Diavola", Size.MEDIUM, 1100));

  @Test
  void aConfirmationReachesKitchenInventoryAnalyticsAndTheCustomer() {
    try (HandlerHarness pizzeria = new HandlerHarness(0, 5)) {
      String orderId = pizzeria.orders.place("Luigi", "luigi@example.com", LUIGI);
      pizzeria
          .test
          .scenario()
          .stimulate(() -> pizzeria.orders.confirm(orderId))
          .andWaitForStateChange(() -> pizzeria.emails.sent(), sent -> sent.size() == 1)
          .andVerify(sent -> assertEquals("luigi@example.com", sent.get(0).to()));
      pizzeria.test.probe().awaitDelivered(TicketQueue.class, OrderConfirmed.class, WAIT);
      pizzeria.test.probe().awaitDelivered(Inventory.class, OrderConfirmed.class, WAIT);
      pizzeria.test.awaitIdle(WAIT);

      assertEquals(
          List.of("Margherita (large)", "Diavola (medium)"),
          pizzeria.tickets.waiting().get(0).lines());
      Map<String, Integer> used =
          Recipes.ingredientsOf(
              List.of(
                  new PizzaLine("Margherita", Size.LARGE, 1250),
                  new PizzaLine("Diavola", Size.MEDIUM, 1100)));
      assertEquals(
          Stock.MORNING_DELIVERY.get("mozzarella") - used.get("mozzarella"),
          pizzeria.stock.gramsOf("mozzarella"));
      assertEquals(2350, pizzeria.analytics.revenueCents());
      assertEquals(Map.of("Margherita", 1, "Diavola", 1), pizzeria.analytics.pizzasSold());
      pizzeria.test.probe().assertNoFailures();
    }
  }

  @Test
  void theEmailIsRetriedWhileTheOthersGoOn() {
    try (HandlerHarness pizzeria = new HandlerHarness(3, 5)) {
      String orderId = pizzeria.orders.place("Luigi", "luigi@example.com", LUIGI);
      pizzeria
          .test
          .scenario()
          .stimulate(() -> pizzeria.orders.confirm(orderId))
          .andWaitUntilDelivered(CustomerNotifications.class, OrderConfirmed.class);

      List<DeliveryProbe.Failure> failures = pizzeria.test.probe().failures();
      assertEquals(3, failures.size(), "three refused attempts: " + failures);
      assertTrue(
          failures.stream()
              .allMatch(
                  f -> f.delivery().routeId().startsWith(CustomerNotifications.class.getName())));
      assertTrue(
          failures.stream().allMatch(f -> f.retryIn() != null),
          "each failure was followed by a retry");
      assertEquals(4, pizzeria.emails.attempts());
      assertEquals(1, pizzeria.emails.sent().size());
      assertEquals(
          1, pizzeria.tickets.queued().size(), "the kitchen did not wait for the mail server");
      assertEquals(2350, pizzeria.analytics.revenueCents());
    }
  }

  @Test
  void theStockCheckVetoesAConfirmationAndNothingIsPublished() {
    try (HandlerHarness pizzeria = new HandlerHarness(0, 5)) {
      String orderId =
          pizzeria.orders.place(
              "Wario",
              "wario@example.com",
              List.of(
                  new PizzaRequest("Quattro Formaggi", Size.LARGE, 1400),
                  new PizzaRequest("Quattro Formaggi", Size.LARGE, 1400)));
      pizzeria.test.awaitIdle(WAIT);
      int eventsBefore = pizzeria.test.recorder().size();
      Map<String, Integer> stockBefore = pizzeria.stock.levels();

      OutOfStockException refused =
          assertThrows(OutOfStockException.class, () -> pizzeria.orders.confirm(orderId));

      assertTrue(
          refused.getMessage().contains("180 g gorgonzola needed, 100 g left"),
          refused.getMessage());
      pizzeria.test.awaitIdle(WAIT);
      assertEquals(
          eventsBefore, pizzeria.test.recorder().size(), "no event of the refused unit of work");
      assertTrue(pizzeria.test.recorder().recorded(OrderConfirmed.class).isEmpty());
      assertEquals(
          OrderStatus.PENDING,
          pizzeria.orders.find(orderId).status(),
          "the saved order is unchanged");
      assertEquals(stockBefore, pizzeria.stock.levels());
      assertTrue(pizzeria.tickets.queued().isEmpty());
      assertEquals(0, pizzeria.analytics.confirmed());
    }
  }

  @Test
  void aReceiptOutOfPaperIsDeadLetteredAndRedrivenAfterARefill() throws Exception {
    try (HandlerHarness pizzeria = new HandlerHarness(0, 0)) {
      String orderId =
          pizzeria.orders.place(
              "Toad", "toad@example.com", List.of(new PizzaRequest("Funghi", Size.SMALL, 850)));
      pizzeria.orders.confirm(orderId);
      pizzeria.orders.startCooking(orderId, 1);
      pizzeria.orders.markReady(orderId);
      pizzeria.orders.sendOut(orderId, "Yoshi");
      pizzeria.orders.deliver(orderId);

      DeadLetter parked =
          pizzeria.test.probe().awaitDeadLettered(Receipts.class, OrderDelivered.class, WAIT);
      assertEquals(2, parked.attempts());
      assertTrue(parked.failureMessage().contains("out of paper"));
      pizzeria.test.awaitIdle(WAIT);
      assertEquals(1, pizzeria.test.bus().deadLetters().size());
      assertEquals(
          1,
          pizzeria.emails.sent().stream().filter(e -> e.subject().contains("delivered")).count(),
          "the customer's e-mail did not wait for the printer");

      pizzeria.printer.refill(10);
      boolean delivered =
          pizzeria
              .test
              .bus()
              .redrive(parked.delivery().envelope().eventId(), parked.delivery().routeId())
              .toCompletableFuture()
              .get();

      assertTrue(delivered);
      assertTrue(pizzeria.test.bus().deadLetters().isEmpty());
      assertEquals(List.of(orderId + " Toad €8.50"), pizzeria.printer.printed());
    }
  }

  @Test
  void anIllegalStepPublishesNothing() {
    try (HandlerHarness pizzeria = new HandlerHarness(0, 5)) {
      String orderId = pizzeria.orders.place("Luigi", "luigi@example.com", LUIGI);
      pizzeria.test.awaitIdle(WAIT);
      int eventsBefore = pizzeria.test.recorder().size();

      assertThrows(IllegalOrderTransitionException.class, () -> pizzeria.orders.deliver(orderId));

      pizzeria.test.awaitIdle(WAIT);
      assertEquals(eventsBefore, pizzeria.test.recorder().size());
      assertEquals(OrderStatus.PENDING, pizzeria.orders.find(orderId).status());
    }
  }

  @Test
  void aDeliveredOrderEarnsLoyaltyPointsOnceEvenWhenDeliveredTwice() {
    try (HandlerHarness pizzeria = new HandlerHarness(0, 5)) {
      OrderDelivered delivered = new OrderDelivered("order-1", "Luigi", "luigi@example.com", 2350);
      pizzeria
          .test
          .scenario()
          .stimulate(work -> work.publish(delivered))
          .andWaitForEventOfType(PointsEarned.class)
          .toArriveAndVerify(
              earned -> assertEquals(new PointsEarned("luigi@example.com", "order-1", 23), earned));
      // The same fact again, as an at-least-once redelivery brings it: the account knows the order.
      pizzeria.test.scenario().stimulate(work -> work.publish(delivered));
      pizzeria.test.awaitIdle(WAIT);

      assertEquals(23, pizzeria.loyalty.balance("luigi@example.com"));
      assertEquals(
          List.of("com.mariopizzeria.loyalty.points-earned.v2"),
          pizzeria.loyaltyAccounts.storedNames("luigi@example.com"));
      assertEquals(
          List.of("luigi@example.com earned 23 points for order-1"),
          pizzeria.journal.linesOf("loyalty"));
      pizzeria.test.probe().assertNoFailures();
    }
  }
}
