package com.mariopizzeria.loyalty;

import dev.herald.runtime.EventBus;
import dev.herald.runtime.UnitOfWork;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.function.Consumer;

/**
 * The loyalty programme's use cases: each loads an account from its events, runs one command in a
 * unit of work and commits the new events to the account's stream with their deliveries.
 */
@Singleton
public final class LoyaltyService {

  private final EventBus bus;
  private final LoyaltyAccounts accounts;

  @Inject
  public LoyaltyService(EventBus bus, LoyaltyAccounts accounts) {
    this.bus = bus;
    this.accounts = accounts;
  }

  /** Credits a delivered order; a second credit of the same order changes nothing. */
  public void earn(String customer, String orderId, long totalCents) {
    run(customer, account -> account.earn(orderId, totalCents));
  }

  /** Trades points for a reward; refused, with nothing stored, when the balance is short. */
  public void redeem(String customer, int points, String reward) {
    run(customer, account -> account.redeem(points, reward));
  }

  /** The customer's points, from the stored events. */
  public int balance(String customer) {
    return accounts.load(customer).balance();
  }

  private void run(String customer, Consumer<LoyaltyAccount> command) {
    try (UnitOfWork work = bus.unitOfWork()) {
      LoyaltyAccount account = work.register(accounts.load(customer));
      command.accept(account);
      work.commit(accounts.saving(account));
    }
  }
}
