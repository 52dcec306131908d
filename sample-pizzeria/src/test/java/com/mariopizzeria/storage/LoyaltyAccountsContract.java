package com.mariopizzeria.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mariopizzeria.loyalty.LoyaltyAccount;
import com.mariopizzeria.loyalty.LoyaltyAccounts;
import com.mariopizzeria.loyalty.PointsEarnedV1;
import dev.herald.runtime.spi.CommittingEvents;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What every loyalty store does, whichever keeps the events: the old till's version 1 stored under
 * its own name and loaded as the current record, new events continuing the stream, a second writer
 * of one version refused with nothing stored.
 */
abstract class LoyaltyAccountsContract {

  static final String LUIGI = "luigi@example.com";
  static final String V1 = "com.mariopizzeria.loyalty.points-earned";
  static final String V2 = "com.mariopizzeria.loyalty.points-earned.v2";

  /** The store under test, empty. */
  abstract LoyaltyAccounts accounts();

  /** What the store throws when an append loses to another. */
  abstract Class<? extends RuntimeException> conflict();

  @Test
  void theOldTillsPointsAreStoredAsVersionOneAndLoadedAsTheCurrentRecord() {
    accounts().importFromOldTill(LUIGI, 50);

    LoyaltyAccount account = accounts().load(LUIGI);

    assertEquals(List.of(V1), accounts().storedNames(LUIGI));
    assertEquals(50, account.balance());
    assertEquals(1, account.committedVersion());
    account.earn(PointsEarnedV1.OLD_TILL, 9900);
    assertEquals(50, account.balance(), "the upcast event named the order it credited");
  }

  @Test
  void theOldTillIsImportedOnce() {
    accounts().importFromOldTill(LUIGI, 50);
    accounts().importFromOldTill(LUIGI, 50);

    assertEquals(List.of(V1), accounts().storedNames(LUIGI));
    assertEquals(50, accounts().load(LUIGI).balance());
  }

  @Test
  void newEventsAreStoredUnderTheCurrentVersionAndContinueTheStream() throws Exception {
    accounts().importFromOldTill(LUIGI, 50);
    LoyaltyAccount account = accounts().load(LUIGI);
    account.earn("order-1", 2350);
    save(account);

    LoyaltyAccount reloaded = accounts().load(LUIGI);

    assertEquals(73, reloaded.balance());
    assertEquals(2, reloaded.committedVersion());
    assertEquals(List.of(V1, V2), accounts().storedNames(LUIGI));
    assertEquals(List.of(LUIGI), accounts().customers());
  }

  @Test
  void aSecondWriterOfTheSameVersionLosesAndStoresNothing() throws Exception {
    LoyaltyAccount first = accounts().load(LUIGI);
    LoyaltyAccount second = accounts().load(LUIGI);
    first.earn("order-1", 2350);
    second.earn("order-3", 1900);
    save(first);

    RuntimeException refused = assertThrows(conflict(), () -> save(second));

    assertTrue(refused.getMessage().contains(LUIGI), refused.getMessage());
    assertEquals(23, accounts().load(LUIGI).balance());
    assertEquals(List.of(V2), accounts().storedNames(LUIGI));
  }

  @Test
  void anAccountWithoutEventsIsNew() {
    LoyaltyAccount account = accounts().load("peach@example.com");

    assertEquals(0, account.balance());
    assertEquals(0, account.committedVersion());
    assertEquals(List.of(), accounts().customers());
  }

  /** Saves the account's new events as a unit of work without deliveries would. */
  void save(LoyaltyAccount account) throws Exception {
    accounts().saving(account).commit(new CommittingEvents(account.uncommittedEvents(), List.of()));
    account.markCommitted();
  }
}
