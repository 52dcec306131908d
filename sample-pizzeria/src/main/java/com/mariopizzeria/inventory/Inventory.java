package com.mariopizzeria.inventory;

import com.mariopizzeria.Journal;
import com.mariopizzeria.orders.OrderConfirmed;
import dev.herald.Handles;
import jakarta.inject.Inject;
import java.util.Map;

/** Takes the ingredients of each confirmed order out of the store room. */
public final class Inventory {

  private final Stock stock;
  private final Journal journal;

  @Inject
  public Inventory(Stock stock, Journal journal) {
    this.stock = stock;
    this.journal = journal;
  }

  @Handles
  public void deduct(OrderConfirmed event) {
    Map<String, Integer> used = Recipes.ingredientsOf(event.pizzas());
    stock.deduct(used);
    journal.say(
        "inventory",
        "used "
            + used.get("dough")
            + " g dough for "
            + event.orderId()
            + "; mozzarella left "
            + stock.gramsOf("mozzarella")
            + " g");
  }
}
