package com.mariopizzeria.orders;

import dev.herald.runtime.spi.CommitStep;
import java.util.Optional;

/**
 * Where orders live: in memory by default, or in the database whose transaction also stores the
 * events (herald-jdbc's outbox).
 */
public interface OrderRepository {

  /** The saved order, rebuilt, or empty. */
  Optional<Order> find(String orderId);

  /**
   * The commit step that saves the order (and, with an outbox, the unit of work's events in the
   * same transaction); it fails when someone else saved the order since it was loaded.
   */
  CommitStep saving(Order order);

  /** How many orders are saved. */
  int count();
}
