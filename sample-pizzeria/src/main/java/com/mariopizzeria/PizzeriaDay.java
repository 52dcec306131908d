package com.mariopizzeria;

import com.mariopizzeria.analytics.SalesFigures;
import com.mariopizzeria.analytics.SalesReport;
import com.mariopizzeria.inventory.OutOfStockException;
import com.mariopizzeria.kitchen.Ticket;
import com.mariopizzeria.orders.IllegalOrderTransitionException;
import com.mariopizzeria.orders.OrderService;
import com.mariopizzeria.orders.OrderService.PizzaRequest;
import com.mariopizzeria.orders.Size;
import dev.herald.runtime.DeadLetter;
import dev.herald.runtime.EventBus;
import dev.herald.runtime.generated.HandlerTable;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The scripted day at the pizzeria: four orders, one refused for short stock, one cancelled, two
 * cooked and delivered (earning loyalty points, on top of points the old till stored in an older
 * shape), a mail server down in the morning and a printer out of paper. The script only calls the
 * order service, the cook and the loyalty service; every other line is printed by a handler. At
 * closing time the sales report is rebuilt by replaying the stored events.
 */
public final class PizzeriaDay {

  /** The customer whose points the old till stored, as version 1 of the event. */
  public static final String OLD_TILL_CUSTOMER = "luigi@example.com";

  /** Points the old till left Luigi. */
  public static final int OLD_TILL_POINTS = 50;

  /** The ids the day gave its orders, and what became of the dead letter. */
  public record Outcome(String luigi, String peach, String toad, String wario, int redriven) {}

  private static final Duration SETTLE = Duration.ofSeconds(20);

  private final PizzeriaComponent pizzeria;
  private final Journal journal;
  private final OrderService orders;
  private final EventBus bus;

  public PizzeriaDay(PizzeriaComponent pizzeria) {
    this.pizzeria = pizzeria;
    this.journal = pizzeria.journal();
    this.orders = pizzeria.orders();
    this.bus = pizzeria.bus();
  }

  /** Plays the day and prints it. */
  public Outcome run() throws InterruptedException {
    // Events carry whole milliseconds; the report counts those of this run from this one on.
    Instant opening = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    journal.heading("=== A day at Mario's Pizzeria ===");
    journal.heading("storage: " + pizzeria.storage().describe());
    long replayedOnly =
        bus.routes().stream().filter(route -> route.handlerType() == SalesReport.class).count();
    journal.heading(
        "handlers: "
            + (bus.routes().size() - replayedOnly)
            + " routes from "
            + pizzeria.handlerTables().size()
            + " generated tables (sample-pizzeria and sample-pizzeria-kitchen), and "
            + replayedOnly
            + " of SalesReport, which only its replay calls");
    pizzeria
        .kafkaPublisher()
        .ifPresent(
            kafka ->
                kafka.eventTypes().stream()
                    .sorted(Comparator.comparing(type -> type.eventType().getSimpleName()))
                    .collect(
                        Collectors.groupingBy(
                            kafka::topicFor,
                            TreeMap::new,
                            Collectors.mapping(
                                type -> type.eventType().getSimpleName(),
                                Collectors.joining(", "))))
                    .forEach(
                        (topic, events) ->
                            journal.heading(
                                "kafka: " + events + " to topic " + topic + " after each commit")));

    pizzeria.loyaltyAccounts().importFromOldTill(OLD_TILL_CUSTOMER, OLD_TILL_POINTS);
    journal.heading(
        "loyalty: the old till left "
            + OLD_TILL_CUSTOMER
            + " "
            + OLD_TILL_POINTS
            + " points, stored as "
            + pizzeria.loyaltyAccounts().storedNames(OLD_TILL_CUSTOMER).get(0)
            + " (version 1, read through its upcaster)");

    String luigi =
        placeAndConfirm(
            "Luigi",
            "luigi@example.com",
            List.of(
                new PizzaRequest("Margherita", Size.LARGE, 1250),
                new PizzaRequest("Diavola", Size.MEDIUM, 1100)),
            " (the mail server is down for its first "
                + pizzeria.emails().attemptsRefused()
                + " attempts)");
    String peach =
        placeAndConfirm(
            "Peach", "peach@example.com", List.of(new PizzaRequest("Funghi", Size.SMALL, 850)), "");
    String toad =
        placeAndConfirm(
            "Toad",
            "toad@example.com",
            List.of(
                new PizzaRequest("Margherita", Size.MEDIUM, 950),
                new PizzaRequest("Margherita", Size.MEDIUM, 950)),
            "");

    journal.heading(
        "-- Wario orders two large Quattro Formaggi; the IMMEDIATE stock check vetoes the"
            + " confirmation");
    String wario =
        orders.place(
            "Wario",
            "wario@example.com",
            List.of(
                new PizzaRequest("Quattro Formaggi", Size.LARGE, 1400),
                new PizzaRequest("Quattro Formaggi", Size.LARGE, 1400)));
    try {
      orders.confirm(wario);
    } catch (OutOfStockException refused) {
      journal.heading(
          "   confirm("
              + wario
              + ") threw "
              + refused.getMessage()
              + "; the order stays "
              + orders.find(wario).status()
              + ", nothing was published");
    }
    settle();

    journal.heading("-- Peach cancels " + peach + " before the kitchen gets to it");
    orders.cancel(peach, "changed her mind");
    settle();

    journal.heading(
        "-- The kitchen cooks (its events are the kitchen module's; the order module reacts)");
    Ticket ticket;
    while ((ticket = pizzeria.cook().startNext().orElse(null)) != null) {
      settle();
      pizzeria.cook().finish(ticket);
      settle();
    }

    for (String orderId : List.of(luigi, toad)) {
      journal.heading("-- Yoshi delivers " + orderId);
      orders.sendOut(orderId, "Yoshi");
      orders.deliver(orderId);
      settle();
    }

    journal.heading("-- Luigi trades 60 of his points for a tiramisu");
    try {
      pizzeria.loyalty().redeem(OLD_TILL_CUSTOMER, 60, "tiramisu");
    } catch (IllegalStateException refused) {
      // Only in a database kept from an earlier day, where he spent the old till's points.
      journal.heading("   refused: " + refused.getMessage());
    }
    settle();

    journal.heading("-- Luigi tries to cancel " + luigi + " after eating it");
    try {
      orders.cancel(luigi, "too late");
    } catch (IllegalOrderTransitionException refused) {
      journal.heading("   refused: " + refused.getMessage());
    }

    List<DeadLetter> parked = bus.deadLetters();
    journal.heading("-- Dead letters: " + parked.size());
    for (DeadLetter letter : parked) {
      journal.heading(
          "   "
              + letter.delivery().routeId()
              + " for "
              + letter.delivery().envelope().aggregateId()
              + " after "
              + letter.attempts()
              + " attempts: "
              + letter.failureMessage());
    }
    journal.heading("-- Mario refills the printer and redrives them");
    pizzeria.printer().refill(50);
    int redriven = bus.redriveAll().toCompletableFuture().join();
    settle();
    journal.heading(
        "   redriven: " + redriven + ", dead letters left: " + bus.deadLetters().size());

    printSummary();
    printRebuiltReport(opening);
    return new Outcome(luigi, peach, toad, wario, redriven);
  }

  private String placeAndConfirm(
      String customer, String email, List<PizzaRequest> pizzas, String note)
      throws InterruptedException {
    String orderId = orders.place(customer, email, pizzas);
    journal.heading(
        "-- "
            + customer
            + " orders "
            + describe(pizzas)
            + " as "
            + orderId
            + " and confirms"
            + note);
    orders.confirm(orderId);
    settle();
    return orderId;
  }

  private void printSummary() {
    var analytics = pizzeria.analytics();
    var emails = pizzeria.emails();
    Map<String, Integer> stock = pizzeria.stock().levels();
    journal.heading("=== End of the day ===");
    journal.heading(
        "   tickets: "
            + pizzeria.tickets().queued().size()
            + " queued, "
            + pizzeria.tickets().withdrawn().size()
            + " withdrawn, "
            + pizzeria.tickets().waiting().size()
            + " waiting");
    journal.heading(
        "   e-mails: " + emails.sent().size() + " sent in " + emails.attempts() + " attempts");
    journal.heading("   sales: " + analytics.figures().summary());
    journal.heading(
        "   stock: mozzarella "
            + stock.get("mozzarella")
            + " g, dough "
            + stock.get("dough")
            + " g, gorgonzola "
            + stock.get("gorgonzola")
            + " g");
    journal.heading("   receipts printed: " + pizzeria.printer().printed().size());
    journal.heading(
        "   loyalty points: "
            + pizzeria.loyaltyAccounts().customers().stream()
                .map(customer -> customer + " " + pizzeria.loyalty().balance(customer))
                .collect(Collectors.joining(", ")));
  }

  /**
   * Rebuilds the sales report from the stored events (the bus never delivers to it) and prints it
   * beside the live figures, which it must equal.
   */
  private void printRebuiltReport(Instant opening) {
    SalesReport report = pizzeria.salesReport();
    report.startOver(opening);
    OptionalLong replayed =
        pizzeria
            .storage()
            .rebuild(SalesReport.TRACKER, tableOf(SalesReport.class), SalesReport.class);
    if (replayed.isEmpty()) {
      journal.heading("   sales report: not rebuilt, no event is stored in memory");
      return;
    }
    SalesFigures rebuilt = report.figures();
    journal.heading(
        "   sales report rebuilt by replay from "
            + report.events()
            + " stored events: "
            + rebuilt.summary()
            + (rebuilt.equals(pizzeria.analytics().figures())
                ? ", as counted live"
                : ", NOT as counted live"));
  }

  private HandlerTable tableOf(Class<?> handlerClass) {
    return pizzeria.handlerTables().stream()
        .filter(table -> table.routes().stream().anyMatch(r -> r.handlerType() == handlerClass))
        .findFirst()
        .orElseThrow();
  }

  private void settle() throws InterruptedException {
    if (!bus.awaitIdle(SETTLE)) {
      journal.heading("   (deliveries still running after " + SETTLE.toSeconds() + " s)");
    }
  }

  private static String describe(List<PizzaRequest> pizzas) {
    return pizzas.stream()
        .map(p -> p.pizza() + " (" + p.size().label() + ")")
        .reduce((a, b) -> a + " and " + b)
        .orElse("nothing");
  }
}
