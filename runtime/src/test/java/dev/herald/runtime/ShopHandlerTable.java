package dev.herald.runtime;

import dev.herald.Phase;
import dev.herald.runtime.ShopEvents.Announcement;
import dev.herald.runtime.ShopEvents.OrderConfirmed;
import dev.herald.runtime.ShopEvents.OrderEvent;
import dev.herald.runtime.ShopEvents.OrderPlaced;
import dev.herald.runtime.ShopEvents.Step;
import dev.herald.runtime.ShopHandlers.Audit;
import dev.herald.runtime.ShopHandlers.Inventory;
import dev.herald.runtime.ShopHandlers.Kitchen;
import dev.herald.runtime.ShopHandlers.Ledger;
import dev.herald.runtime.ShopHandlers.Mailer;
import dev.herald.runtime.generated.HandlerRoute;
import dev.herald.runtime.generated.HandlerTable;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

/**
 * Written by hand in the shape the processor generates: a route list, compile-time route indexes
 * per event type, and one switch that calls each handler, obtained from its Supplier, with a plain
 * call.
 */
final class ShopHandlerTable implements HandlerTable {

  static final String INVENTORY =
      "dev.herald.runtime.ShopHandlers$Inventory#reserve(OrderConfirmed)";
  static final String KITCHEN =
      "dev.herald.runtime.ShopHandlers$Kitchen#startCooking(OrderConfirmed)";
  static final String MAILER = "dev.herald.runtime.ShopHandlers$Mailer#notify(OrderEvent)";
  static final String LEDGER = "dev.herald.runtime.ShopHandlers$Ledger#record(Step)";
  static final String AUDIT = "dev.herald.runtime.ShopHandlers$Audit#record(Step)";
  static final String ANNOUNCE = "dev.herald.runtime.ShopHandlers$Audit#announce(Announcement)";

  private static final List<HandlerRoute> ROUTES =
      List.of(
          new HandlerRoute(
              INVENTORY, OrderConfirmed.class, Inventory.class, "reserve", Phase.IMMEDIATE),
          new HandlerRoute(
              KITCHEN, OrderConfirmed.class, Kitchen.class, "startCooking", Phase.AFTER_COMMIT),
          new HandlerRoute(MAILER, OrderEvent.class, Mailer.class, "notify", Phase.AFTER_COMMIT),
          new HandlerRoute(LEDGER, Step.class, Ledger.class, "record", Phase.AFTER_COMMIT),
          new HandlerRoute(AUDIT, Step.class, Audit.class, "record", Phase.AFTER_COMMIT),
          new HandlerRoute(
              ANNOUNCE, Announcement.class, Audit.class, "announce", Phase.AFTER_COMMIT));

  private static final int[] ORDER_PLACED = {2};
  private static final int[] ORDER_CONFIRMED = {0, 1, 2};
  private static final int[] STEP = {3, 4};
  private static final int[] ANNOUNCEMENT = {5};
  private static final int[] NONE = {};

  private final Supplier<Inventory> inventory;
  private final Supplier<Kitchen> kitchen;
  private final Supplier<Mailer> mailer;
  private final Supplier<Ledger> ledger;
  private final Supplier<Audit> audit;

  ShopHandlerTable(
      Supplier<Inventory> inventory,
      Supplier<Kitchen> kitchen,
      Supplier<Mailer> mailer,
      Supplier<Ledger> ledger,
      Supplier<Audit> audit) {
    this.inventory = inventory;
    this.kitchen = kitchen;
    this.mailer = mailer;
    this.ledger = ledger;
    this.audit = audit;
  }

  @Override
  public List<HandlerRoute> routes() {
    return ROUTES;
  }

  @Override
  public boolean knows(Class<?> eventType) {
    return eventType == OrderPlaced.class
        || eventType == OrderConfirmed.class
        || eventType == Step.class
        || eventType == Announcement.class;
  }

  @Override
  public int[] routesOf(Class<?> eventType) {
    if (eventType == OrderPlaced.class) {
      return ORDER_PLACED.clone();
    }
    if (eventType == OrderConfirmed.class) {
      return ORDER_CONFIRMED.clone();
    }
    if (eventType == Step.class) {
      return STEP.clone();
    }
    if (eventType == Announcement.class) {
      return ANNOUNCEMENT.clone();
    }
    return NONE;
  }

  @Override
  public CompletionStage<?> invoke(int routeIndex, Object event, EventContext context)
      throws Exception {
    switch (routeIndex) {
      case 0:
        inventory.get().reserve((OrderConfirmed) event, context);
        return COMPLETED;
      case 1:
        kitchen.get().startCooking((OrderConfirmed) event, context);
        return COMPLETED;
      case 2:
        return mailer.get().notify((OrderEvent) event, context);
      case 3:
        return ledger.get().record((Step) event, context);
      case 4:
        audit.get().record((Step) event, context);
        return COMPLETED;
      case 5:
        audit.get().announce((Announcement) event, context);
        return COMPLETED;
      default:
        throw new IndexOutOfBoundsException("no route " + routeIndex);
    }
  }
}
