package com.mariopizzeria;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mariopizzeria.analytics.SalesReport;
import com.mariopizzeria.inventory.Recipes;
import com.mariopizzeria.inventory.Stock;
import com.mariopizzeria.kitchen.Ticket;
import com.mariopizzeria.notifications.Email;
import com.mariopizzeria.orders.OrderService;
import com.mariopizzeria.orders.OrderStatus;
import com.mariopizzeria.orders.PizzaLine;
import com.mariopizzeria.orders.Size;
import com.mariopizzeria.storage.JdbcStorage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The README's day, end to end through the Dagger component, asserting every handler's effect. */
class ScriptedDayTest {

  @Test
  void theDayInMemory() throws Exception {
    playAndCheck(PizzeriaSettings.defaults().inMemory());
  }

  /**
   * Plays the day with the given settings and checks what every handler did; shared with the H2
   * test.
   */
  static PizzeriaComponent playAndCheck(PizzeriaSettings settings) throws Exception {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    PizzeriaComponent pizzeria =
        DaggerPizzeriaComponent.factory()
            .create(settings.withOut(new PrintStream(printed, true, StandardCharsets.UTF_8)));
    try {
      PizzeriaDay.Outcome day = new PizzeriaDay(pizzeria).run();
      checkOrders(pizzeria.orders(), day);
      checkKitchen(pizzeria, day);
      checkEmails(pizzeria, day);
      checkStock(pizzeria);
      checkSales(pizzeria);
      checkDeadLetter(pizzeria, day);
      checkLoyalty(pizzeria);
      String output = printed.toString(StandardCharsets.UTF_8);
      checkReport(pizzeria, output);
      assertTrue(output.lines().count() < 80, "the day fits on a screen or two:\n" + output);
      assertTrue(output.contains("stock check:   refused " + day.wario()), output);
    } catch (Throwable failure) {
      pizzeria.close();
      throw failure;
    }
    return pizzeria;
  }

  private static void checkOrders(OrderService orders, PizzeriaDay.Outcome day) {
    assertEquals(OrderStatus.DELIVERED, orders.find(day.luigi()).status());
    assertEquals(OrderStatus.CANCELLED, orders.find(day.peach()).status());
    assertEquals(OrderStatus.DELIVERED, orders.find(day.toad()).status());
    assertEquals(
        OrderStatus.PENDING,
        orders.find(day.wario()).status(),
        "the vetoed confirmation changed nothing");
  }

  private static void checkKitchen(PizzeriaComponent pizzeria, PizzeriaDay.Outcome day) {
    List<Ticket> queued = pizzeria.tickets().queued();
    assertEquals(
        List.of(day.luigi(), day.peach(), day.toad()),
        queued.stream().map(Ticket::orderId).toList());
    assertEquals(
        List.of(day.peach()),
        pizzeria.tickets().withdrawn().stream().map(Ticket::orderId).toList());
    assertTrue(pizzeria.tickets().waiting().isEmpty());
    List<String> kitchen = pizzeria.journal().linesOf("kitchen");
    assertTrue(
        kitchen.contains("cook started ticket #1 (" + day.luigi() + ")"), kitchen.toString());
    assertTrue(pizzeria.journal().linesOf("orders").contains(day.toad() + " is ready"));
  }

  private static void checkEmails(PizzeriaComponent pizzeria, PizzeriaDay.Outcome day) {
    List<Email> sent = pizzeria.emails().sent();
    assertEquals(
        List.of(
            "Order " + day.luigi() + " confirmed: 2 pizza(s), €23.50",
            "Order " + day.peach() + " confirmed: 1 pizza(s), €8.50",
            "Order " + day.toad() + " confirmed: 2 pizza(s), €19.00",
            "Order " + day.peach() + " cancelled: changed her mind",
            "Order " + day.luigi() + " delivered, buon appetito!",
            "Order " + day.toad() + " delivered, buon appetito!"),
        sent.stream().map(Email::subject).toList());
    assertEquals(
        sent.size() + 3, pizzeria.emails().attempts(), "three refused attempts, each retried");
    assertEquals(
        3,
        pizzeria.journal().linesOf("e-mail").stream()
            .filter(l -> l.startsWith("mail server down"))
            .count());
  }

  private static void checkStock(PizzeriaComponent pizzeria) {
    Map<String, Integer> expected = new HashMap<>(Stock.MORNING_DELIVERY);
    Recipes.ingredientsOf(
            List.of(
                new PizzaLine("Margherita", Size.LARGE, 0),
                new PizzaLine("Diavola", Size.MEDIUM, 0),
                new PizzaLine("Funghi", Size.SMALL, 0),
                new PizzaLine("Margherita", Size.MEDIUM, 0),
                new PizzaLine("Margherita", Size.MEDIUM, 0)))
        .forEach((ingredient, grams) -> expected.merge(ingredient, -grams, Integer::sum));
    assertEquals(expected, pizzeria.stock().levels());
    assertEquals(100, pizzeria.stock().gramsOf("gorgonzola"), "Wario's refused order took nothing");
  }

  private static void checkSales(PizzeriaComponent pizzeria) {
    var analytics = pizzeria.analytics();
    assertEquals(2350 + 1900, analytics.revenueCents(), "Peach's €8.50 was refunded");
    assertEquals(3, analytics.confirmed());
    assertEquals(1, analytics.cancelled());
    assertEquals(2, analytics.delivered());
    assertEquals(Map.of("Margherita", 3, "Diavola", 1, "Funghi", 1), analytics.pizzasSold());
    assertEquals(4, analytics.eventCounts().get("OrderPlaced"));
    assertEquals(2, analytics.eventCounts().get("CookingStarted"));
  }

  /**
   * With a database the report is rebuilt from the stored events and equals the live figures;
   * without one there is nothing to replay. The bus never delivers to it in either case.
   */
  private static void checkReport(PizzeriaComponent pizzeria, String output) {
    SalesReport report = pizzeria.salesReport();
    if (pizzeria.storage() instanceof JdbcStorage) {
      assertEquals(pizzeria.analytics().figures(), report.figures());
      assertEquals(3 + 1 + 2, report.events(), "confirmed, cancelled and delivered");
      assertTrue(
          output.contains(
              "   sales report rebuilt by replay from 6 stored events: "
                  + report.figures().summary()
                  + ", as counted live\n"),
          output);
    } else {
      assertEquals(0, report.events());
      assertTrue(output.contains("   sales report: not rebuilt, no event is stored in memory"));
    }
  }

  private static void checkLoyalty(PizzeriaComponent pizzeria) {
    String luigi = PizzeriaDay.OLD_TILL_CUSTOMER;
    assertEquals(
        PizzeriaDay.OLD_TILL_POINTS + 23 - 60,
        pizzeria.loyalty().balance(luigi),
        "the old till's points, upcast, plus order-1's, minus the tiramisu");
    assertEquals(19, pizzeria.loyalty().balance("toad@example.com"));
    assertEquals(
        List.of(
            "com.mariopizzeria.loyalty.points-earned",
            "com.mariopizzeria.loyalty.points-earned.v2",
            "com.mariopizzeria.loyalty.points-redeemed"),
        pizzeria.loyaltyAccounts().storedNames(luigi));
    assertEquals(
        List.of(
            luigi + " earned 23 points for order-1",
            "toad@example.com earned 19 points for order-3",
            luigi + " redeemed 60 points for a tiramisu"),
        pizzeria.journal().linesOf("loyalty"));
  }

  private static void checkDeadLetter(PizzeriaComponent pizzeria, PizzeriaDay.Outcome day) {
    assertEquals(1, day.redriven());
    assertTrue(pizzeria.bus().deadLetters().isEmpty());
    assertEquals(1, pizzeria.deliveries().deadLettered());
    assertEquals(2, pizzeria.printer().printed().size());
    assertEquals(
        List.of("cannot print " + day.toad() + ": receipt printer is out of paper"),
        pizzeria.journal().linesOf("receipts").stream()
            .filter(l -> l.startsWith("cannot"))
            .distinct()
            .toList());
  }
}
