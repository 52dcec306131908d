package com.mariopizzeria;

import com.mariopizzeria.inventory.Recipes;
import com.mariopizzeria.inventory.Stock;
import com.mariopizzeria.orders.OrderService;
import com.mariopizzeria.orders.OrderService.PizzaRequest;
import com.mariopizzeria.orders.PizzaLine;
import com.mariopizzeria.orders.Size;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Runs more orders after the day, with the journal muted, and prints how many events per second
 * were committed and how many after-commit deliveries per second were done. A figure for the
 * curious, not a benchmark: the benchmarks module measures with JMH.
 */
public final class Throughput {

  /** What the run measured. */
  public record Figures(
      int orders, long events, double commitSeconds, long deliveries, double deliverSeconds) {

    public double eventsPerSecond() {
      return events / commitSeconds;
    }

    public double deliveriesPerSecond() {
      return deliveries / deliverSeconds;
    }
  }

  private static final List<PizzaRequest> PIZZAS =
      List.of(
          new PizzaRequest("Margherita", Size.MEDIUM, 950),
          new PizzaRequest("Diavola", Size.LARGE, 1300));

  private final PizzeriaComponent pizzeria;

  public Throughput(PizzeriaComponent pizzeria) {
    this.pizzeria = pizzeria;
  }

  /**
   * Places and confirms {@code orders} orders, waits for their deliveries, and prints the rates.
   */
  public Figures run(int orders) throws InterruptedException {
    Journal journal = pizzeria.journal();
    journal.heading("=== " + orders + " more orders (journal muted) ===");
    restockFor(orders);
    journal.mute(true);
    OrderService service = pizzeria.orders();
    long deliveredBefore = pizzeria.deliveries().succeeded();
    long start = System.nanoTime();
    long events = 0;
    for (int i = 0; i < orders; i++) {
      String orderId = service.place("Customer " + i, "customer" + i + "@example.com", PIZZAS);
      events += 1 + PIZZAS.size();
      events += service.confirm(orderId).events().size();
    }
    long committed = System.nanoTime();
    boolean idle = pizzeria.bus().awaitIdle(Duration.ofMinutes(5));
    long delivered = System.nanoTime();
    journal.mute(false);
    Figures figures =
        new Figures(
            orders,
            events,
            (committed - start) / 1e9,
            pizzeria.deliveries().succeeded() - deliveredBefore,
            (delivered - start) / 1e9);
    journal.heading(
        String.format(
            Locale.ROOT,
            "   committed %d events in %.2f s: %.0f events/s",
            figures.events(),
            figures.commitSeconds(),
            figures.eventsPerSecond()));
    journal.heading(
        String.format(
            Locale.ROOT,
            "   delivered %d after-commit deliveries in %.2f s: %.0f deliveries/s%s",
            figures.deliveries(),
            figures.deliverSeconds(),
            figures.deliveriesPerSecond(),
            idle ? "" : " (not all done)"));
    return figures;
  }

  /**
   * The wholesaler brings exactly what the extra orders take, so that no confirmation is refused.
   */
  private void restockFor(int orders) {
    Stock stock = pizzeria.stock();
    Map<String, Integer> delivery = new HashMap<>();
    Recipes.ingredientsOf(
            PIZZAS.stream().map(p -> new PizzaLine(p.pizza(), p.size(), p.priceCents())).toList())
        .forEach((ingredient, grams) -> delivery.put(ingredient, grams * orders));
    stock.restock(delivery);
  }
}
