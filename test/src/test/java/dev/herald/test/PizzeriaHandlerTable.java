package dev.herald.test;

import dev.herald.Phase;
import dev.herald.runtime.EventContext;
import dev.herald.runtime.generated.HandlerRoute;
import dev.herald.runtime.generated.HandlerTable;
import dev.herald.test.PizzeriaEvents.OrderCancelled;
import dev.herald.test.PizzeriaEvents.OrderConfirmed;
import dev.herald.test.PizzeriaEvents.OrderEvent;
import dev.herald.test.PizzeriaEvents.OrderPlaced;
import dev.herald.test.PizzeriaEvents.PizzaAdded;
import dev.herald.test.PizzeriaHandlers.Inventory;
import dev.herald.test.PizzeriaHandlers.Kitchen;
import dev.herald.test.PizzeriaHandlers.Mailer;
import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * Written by hand in the shape the processor generates: routes, compile-time route indexes per
 * event type, and a switch of plain calls.
 */
final class PizzeriaHandlerTable implements HandlerTable {

  static final String INVENTORY =
      "dev.herald.test.PizzeriaHandlers$Inventory#reserve(OrderConfirmed)";
  static final String KITCHEN =
      "dev.herald.test.PizzeriaHandlers$Kitchen#startCooking(OrderConfirmed)";
  static final String MAILER = "dev.herald.test.PizzeriaHandlers$Mailer#notify(OrderEvent)";

  private static final List<HandlerRoute> ROUTES =
      List.of(
          new HandlerRoute(
              INVENTORY, OrderConfirmed.class, Inventory.class, "reserve", Phase.IMMEDIATE),
          new HandlerRoute(
              KITCHEN, OrderConfirmed.class, Kitchen.class, "startCooking", Phase.AFTER_COMMIT),
          new HandlerRoute(MAILER, OrderEvent.class, Mailer.class, "notify", Phase.AFTER_COMMIT));

  private static final int[] CONFIRMED = {0, 1, 2};
  private static final int[] OTHER_ORDER_EVENT = {2};
  private static final int[] NONE = {};

  final Inventory inventory = new Inventory();
  final Kitchen kitchen = new Kitchen();
  final Mailer mailer = new Mailer();

  @Override
  public List<HandlerRoute> routes() {
    return ROUTES;
  }

  @Override
  public boolean knows(Class<?> eventType) {
    return eventType == OrderPlaced.class
        || eventType == PizzaAdded.class
        || eventType == OrderConfirmed.class
        || eventType == OrderCancelled.class;
  }

  @Override
  public int[] routesOf(Class<?> eventType) {
    if (eventType == OrderConfirmed.class) {
      return CONFIRMED.clone();
    }
    if (eventType == OrderPlaced.class
        || eventType == PizzaAdded.class
        || eventType == OrderCancelled.class) {
      return OTHER_ORDER_EVENT.clone();
    }
    return NONE;
  }

  @Override
  public CompletionStage<?> invoke(int routeIndex, Object event, EventContext context) {
    switch (routeIndex) {
      case 0:
        inventory.reserve((OrderConfirmed) event, context);
        return COMPLETED;
      case 1:
        kitchen.startCooking((OrderConfirmed) event, context);
        return COMPLETED;
      case 2:
        mailer.notify((OrderEvent) event, context);
        return COMPLETED;
      default:
        throw new IndexOutOfBoundsException("no route " + routeIndex);
    }
  }
}
