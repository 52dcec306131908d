package com.mariopizzeria;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.mariopizzeria.analytics.SalesAnalytics;
import com.mariopizzeria.analytics.SalesReport;
import com.mariopizzeria.orders.OrderCancelled;
import com.mariopizzeria.orders.OrderConfirmed;
import com.mariopizzeria.orders.OrderDelivered;
import com.mariopizzeria.orders.PizzaLine;
import com.mariopizzeria.orders.Size;
import dev.herald.runtime.generated.HandlerInstance;
import dev.herald.test.ProjectionReplay;
import java.io.OutputStream;
import java.io.PrintStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The day's sales figures rebuilt from a list of events through the generated table, with
 * herald-test's {@link ProjectionReplay}: only {@link SalesAnalytics}, or only {@link SalesReport},
 * is called, and both count alike.
 */
class SalesReplayTest {

  private final SalesAnalytics analytics =
      new SalesAnalytics(
          new Journal(
              PizzeriaSettings.defaults()
                  .inMemory()
                  .withOut(new PrintStream(OutputStream.nullOutputStream()))));
  private final SalesReport report = new SalesReport();
  private final PizzeriaHandlerTable table =
      new PizzeriaHandlerTable(
          HandlerInstance.of(analytics),
          HandlerInstance.of(report),
          ProjectionReplay.notReplayed(),
          ProjectionReplay.notReplayed(),
          ProjectionReplay.notReplayed(),
          ProjectionReplay.notReplayed(),
          ProjectionReplay.notReplayed(),
          ProjectionReplay.notReplayed());

  @Test
  void theFiguresFollowFromTheEventsInOrder() {
    ProjectionReplay replay = ProjectionReplay.of(table, SalesAnalytics.class).replay(day());

    assertEquals(2350, analytics.revenueCents());
    assertEquals(2, analytics.confirmed());
    assertEquals(1, analytics.cancelled());
    assertEquals(1, analytics.delivered());
    assertEquals(Map.of("Diavola", 1, "Funghi", 1, "Margherita", 1), analytics.pizzasSold());
    assertEquals(4, replay.events());
    assertEquals(8, replay.calls(), "each event reaches count(OrderEvent) and its own method");
    assertEquals(0, report.events(), "only the replayed class is called");
  }

  @Test
  void theReportCountsAsTheLiveFiguresDo() {
    ProjectionReplay.of(table, SalesAnalytics.class).replay(day());
    ProjectionReplay replay = ProjectionReplay.of(table, SalesReport.class).replay(day());

    assertEquals(analytics.figures(), report.figures());
    assertEquals(4, report.events());
    assertEquals(4, replay.calls());
  }

  @Test
  void startingOverForgetsTheFiguresAndLeavesOutEarlierEvents() {
    ProjectionReplay.of(table, SalesReport.class).replay(day());
    report.startOver(Instant.now().plusSeconds(60));

    ProjectionReplay.of(table, SalesReport.class).replay(day());

    assertEquals(0, report.events(), "the events occurred before the opening");
    assertEquals(0, report.figures().revenueCents());
    assertEquals(Map.of(), report.figures().pizzasSold());
  }

  private static Object[] day() {
    List<PizzaLine> luigis =
        List.of(
            new PizzaLine("Margherita", Size.LARGE, 1250),
            new PizzaLine("Diavola", Size.MEDIUM, 1100));
    List<PizzaLine> peachs = List.of(new PizzaLine("Funghi", Size.SMALL, 850));

    return new Object[] {
      new OrderConfirmed("order-1", "Luigi", "luigi@example.com", luigis, 2350),
      new OrderConfirmed("order-2", "Peach", "peach@example.com", peachs, 850),
      new OrderCancelled("order-2", "Peach", "peach@example.com", "changed her mind", true, 850),
      new OrderDelivered("order-1", "Luigi", "luigi@example.com", 2350)
    };
  }
}
