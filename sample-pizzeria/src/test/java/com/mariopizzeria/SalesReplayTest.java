package com.mariopizzeria;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.mariopizzeria.analytics.SalesAnalytics;
import com.mariopizzeria.orders.OrderCancelled;
import com.mariopizzeria.orders.OrderConfirmed;
import com.mariopizzeria.orders.OrderDelivered;
import com.mariopizzeria.orders.PizzaLine;
import com.mariopizzeria.orders.Size;
import dev.herald.runtime.generated.HandlerInstance;
import dev.herald.test.ProjectionReplay;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The day's sales figures rebuilt from a list of events through the generated table, with
 * herald-test's {@link ProjectionReplay}: only {@link SalesAnalytics} is called.
 */
class SalesReplayTest {

  @Test
  void theFiguresFollowFromTheEventsInOrder() {
    Journal journal =
        new Journal(
            PizzeriaSettings.defaults()
                .inMemory()
                .withOut(new PrintStream(OutputStream.nullOutputStream())));
    SalesAnalytics analytics = new SalesAnalytics(journal);
    PizzeriaHandlerTable table =
        new PizzeriaHandlerTable(
            HandlerInstance.of(analytics),
            ProjectionReplay.notReplayed(),
            ProjectionReplay.notReplayed(),
            ProjectionReplay.notReplayed(),
            ProjectionReplay.notReplayed(),
            ProjectionReplay.notReplayed(),
            ProjectionReplay.notReplayed());
    List<PizzaLine> luigis =
        List.of(
            new PizzaLine("Margherita", Size.LARGE, 1250),
            new PizzaLine("Diavola", Size.MEDIUM, 1100));
    List<PizzaLine> peachs = List.of(new PizzaLine("Funghi", Size.SMALL, 850));

    ProjectionReplay replay =
        ProjectionReplay.of(table, SalesAnalytics.class)
            .replay(
                new OrderConfirmed("order-1", "Luigi", "luigi@example.com", luigis, 2350),
                new OrderConfirmed("order-2", "Peach", "peach@example.com", peachs, 850),
                new OrderCancelled(
                    "order-2", "Peach", "peach@example.com", "changed her mind", true, 850),
                new OrderDelivered("order-1", "Luigi", "luigi@example.com", 2350));

    assertEquals(2350, analytics.revenueCents());
    assertEquals(2, analytics.confirmed());
    assertEquals(1, analytics.cancelled());
    assertEquals(1, analytics.delivered());
    assertEquals(Map.of("Diavola", 1, "Funghi", 1, "Margherita", 1), analytics.pizzasSold());
    assertEquals(4, replay.events());
    assertEquals(8, replay.calls(), "each event reaches count(OrderEvent) and its own method");
  }
}
