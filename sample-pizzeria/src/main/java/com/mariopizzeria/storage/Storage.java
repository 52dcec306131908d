package com.mariopizzeria.storage;

import com.mariopizzeria.loyalty.LoyaltyAccounts;
import com.mariopizzeria.orders.OrderRepository;
import dev.herald.runtime.EventBus;
import dev.herald.runtime.generated.HandlerTable;
import dev.herald.runtime.spi.CommitStep;
import dev.herald.runtime.spi.DeliveryStore;
import java.util.OptionalLong;

/**
 * The persistence the pizzeria was started with: orders, loyalty accounts, the events' commit step,
 * the delivery store and the stored history projections are rebuilt from.
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

  /**
   * Rebuilds a projection from the stored events: resets its tracker and replays every stored event
   * of the types it handles into it, in the order they were stored. The projection must not be
   * routed by the bus as well.
   *
   * @param table the generated table holding the projection's {@code @Handles} methods
   * @return how many events the projection took; empty when no event is stored (in memory)
   */
  OptionalLong rebuild(String trackerId, HandlerTable table, Class<?> projection);

  /** One line for the person running the pizzeria. */
  String describe();

  @Override
  void close();
}
