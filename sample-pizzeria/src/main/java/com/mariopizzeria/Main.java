package com.mariopizzeria;

import com.mariopizzeria.orders.OrderCancelled;
import com.mariopizzeria.orders.OrderConfirmed;
import com.mariopizzeria.orders.OrderPlaced;
import dev.herald.runtime.EventContext;
import dev.herald.runtime.HandlerRoute;
import dev.herald.runtime.HandlerTable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Runs a few orders through the generated handler table and prints what each handler did.
 *
 * <p>The loop in {@link #dispatch} stands in for the runtime's event bus: it asks each table for
 * the routes of the event's type and invokes them in order, which is all a bus needs from a table.
 */
public final class Main {

  private Main() {}

  public static void main(String[] args) throws Exception {
    PizzeriaComponent pizzeria = DaggerPizzeriaComponent.create();
    List<Object> events =
        List.of(
            new OrderPlaced("order-1", "luigi", List.of("margherita", "diavola")),
            new OrderConfirmed("order-1", "luigi", 2_350),
            new OrderPlaced("order-2", "peach", List.of("quattro formaggi")),
            new OrderCancelled("order-2", "customer changed her mind"));
    long sequence = 0;
    for (Object event : events) {
      dispatch(pizzeria, event, ++sequence);
    }
    System.out.println("in the oven: " + pizzeria.kitchen().inTheOven());
    System.out.println("events counted: " + pizzeria.salesAnalytics().counts());
  }

  private static void dispatch(PizzeriaComponent pizzeria, Object event, long sequence)
      throws Exception {
    System.out.println(event);
    EventContext context = new EventContext(UUID.randomUUID(), null, sequence, Instant.now(), 1);
    for (HandlerTable table : pizzeria.handlerTables()) {
      for (int route : table.routesOf(event.getClass())) {
        HandlerRoute handler = table.routes().get(route);
        System.out.println(" -> " + handler.id() + " [" + handler.phase() + "]");
        table.invoke(route, event, context).toCompletableFuture().join();
      }
    }
  }
}
