package com.mariopizzeria.storage;

import com.mariopizzeria.loyalty.LoyaltyAccounts;
import com.mariopizzeria.orders.OrderRepository;
import dev.herald.runtime.EventBus;
import dev.herald.runtime.spi.CommitStep;
import dev.herald.runtime.spi.DeliveryStore;

/**
 * The persistence the pizzeria was started with: orders, loyalty accounts, the events' commit step
 * and the delivery store.
 */
public interface Storage extends AutoCloseable {

  /** Where the bus records delivery outcomes and dead letters. */
  DeliveryStore deliveryStore();

  /** Where orders are saved, with their events. */
  OrderRepository orders();

  /** Where loyalty accounts are kept, as their events. */
  LoyaltyAccounts loyaltyAccounts();

  /** The commit step of a unit of work that changes no order (the kitchen's events). */
  CommitStep eventsOnly();

  /** Starts whatever delivers what a crash left undone (the outbox relay), once the bus exists. */
  void start(EventBus bus);

  /** One line for the person running the pizzeria. */
  String describe();

  @Override
  void close();
}
