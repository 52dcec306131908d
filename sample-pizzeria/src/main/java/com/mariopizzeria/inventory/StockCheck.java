package com.mariopizzeria.inventory;

import com.mariopizzeria.Journal;
import com.mariopizzeria.orders.OrderConfirmed;
import dev.herald.Handles;
import dev.herald.Phase;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Refuses to confirm an order the store room cannot cook: it runs IMMEDIATE, inside the unit of
 * work, so its exception aborts the confirmation and no event of it is published.
 *
 * <p>It only checks; {@link Inventory} deducts after the commit. Two confirmations racing for the
 * last gorgonzola may both pass: a check-and-reserve inside the order's transaction would close
 * that gap, at the price of a stock table in the same database.
 */
public final class StockCheck {

  private final Stock stock;
  private final Journal journal;

  @Inject
  public StockCheck(Stock stock, Journal journal) {
    this.stock = stock;
    this.journal = journal;
  }

  @Handles(phase = Phase.IMMEDIATE)
  public void check(OrderConfirmed event) {
    Optional<String> shortage = stock.shortage(Recipes.ingredientsOf(event.pizzas()));
    if (shortage.isPresent()) {
      journal.say("stock check", "refused " + event.orderId() + ": " + shortage.get());
      throw new OutOfStockException("Cannot confirm " + event.orderId() + ": " + shortage.get());
    }
  }
}
