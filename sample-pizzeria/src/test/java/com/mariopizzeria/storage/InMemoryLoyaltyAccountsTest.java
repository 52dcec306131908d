package com.mariopizzeria.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.mariopizzeria.loyalty.LoyaltyAccount;
import com.mariopizzeria.loyalty.LoyaltyAccounts;
import dev.herald.runtime.spi.CommittingEvents;
import java.util.ConcurrentModificationException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The loyalty store of {@code --in-memory}: the shared cases, and its own undo. */
class InMemoryLoyaltyAccountsTest extends LoyaltyAccountsContract {

  private final InMemoryLoyaltyAccounts accounts = new InMemoryLoyaltyAccounts(events -> {});

  @Override
  LoyaltyAccounts accounts() {
    return accounts;
  }

  @Override
  Class<? extends RuntimeException> conflict() {
    return ConcurrentModificationException.class;
  }

  @Test
  void eventsAreTakenBackWhenTheNextStepFails() {
    InMemoryLoyaltyAccounts failing =
        new InMemoryLoyaltyAccounts(
            events -> {
              throw new IllegalStateException("database down");
            });
    LoyaltyAccount account = failing.load(LUIGI);
    account.earn("order-1", 2350);

    assertThrows(
        IllegalStateException.class,
        () ->
            failing
                .saving(account)
                .commit(new CommittingEvents(account.uncommittedEvents(), List.of())));

    assertEquals(List.of(), failing.storedNames(LUIGI));
  }
}
