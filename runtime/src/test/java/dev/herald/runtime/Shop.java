package dev.herald.runtime;

import dev.herald.runtime.ShopEvents.OrderConfirmed;
import dev.herald.runtime.ShopEvents.OrderPlaced;
import dev.herald.runtime.ShopEvents.Step;
import java.util.List;

/** The test shop: its handlers, their journal, its table, and a bus builder over it. */
final class Shop {

  final Journal journal = new Journal();
  final ShopHandlers.Inventory inventory = new ShopHandlers.Inventory(journal);
  final ShopHandlers.Kitchen kitchen = new ShopHandlers.Kitchen(journal);
  final ShopHandlers.Mailer mailer = new ShopHandlers.Mailer(journal);
  final ShopHandlers.Ledger ledger = new ShopHandlers.Ledger(journal);
  final ShopHandlers.Audit audit = new ShopHandlers.Audit(journal);
  final ShopHandlerTable table =
      new ShopHandlerTable(() -> inventory, () -> kitchen, () -> mailer, () -> ledger, () -> audit);

  EventBus.Builder bus() {
    return EventBus.builder(List.of(table));
  }

  /** An order aggregate. */
  static final class Order extends AggregateRoot<String> {
    private final String id;

    Order(String id) {
      this.id = id;
    }

    Order(String id, EventIds ids) {
      super(ids);
      this.id = id;
    }

    @Override
    public String id() {
      return id;
    }

    void place() {
      raise(new OrderPlaced(id));
    }

    void confirm(long total) {
      raise(new OrderConfirmed(id, total));
    }

    void step(int n) {
      raise(new Step(id, n));
    }

    void raiseAnything(Object event) {
      raise(event);
    }
  }
}
