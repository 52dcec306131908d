package com.mariopizzeria.storage;

import com.mariopizzeria.loyalty.LoyaltyAccounts;
import com.mariopizzeria.orders.OrderRepository;
import dev.herald.runtime.EventBus;
import dev.herald.runtime.generated.HandlerTable;
import dev.herald.runtime.spi.CommitStep;
import dev.herald.runtime.spi.DeliveryStore;
import dev.herald.runtime.spi.InMemoryDeliveryStore;
import java.util.OptionalLong;

/**
 * No database: orders and loyalty accounts in maps, dead letters in memory; a crash loses
 * undelivered events, and no history is kept to rebuild a projection from.
 */
public final class InMemoryStorage implements Storage {

  private final InMemoryOrderRepository orders = new InMemoryOrderRepository();
  private final InMemoryDeliveryStore deliveries = new InMemoryDeliveryStore();
  private final InMemoryLoyaltyAccounts loyaltyAccounts = new InMemoryLoyaltyAccounts(events -> {});

  @Override
  public DeliveryStore deliveryStore() {
    return deliveries;
  }

  @Override
  public OrderRepository orders() {
    return orders;
  }

  @Override
  public LoyaltyAccounts loyaltyAccounts() {
    return loyaltyAccounts;
  }

  @Override
  public CommitStep eventsOnly() {
    return events -> {};
  }

  @Override
  public void start(EventBus bus) {}

  @Override
  public OptionalLong rebuild(String trackerId, HandlerTable table, Class<?> projection) {
    return OptionalLong.empty();
  }

  @Override
  public String describe() {
    return "in memory (no database; undelivered events die with the process)";
  }

  @Override
  public void close() {}
}
