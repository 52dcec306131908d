package com.mariopizzeria.loyalty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mariopizzeria.PizzeriaEventCodec;
import dev.herald.runtime.spi.CommitStep;
import dev.herald.runtime.spi.CommittingEvents;
import java.util.ConcurrentModificationException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The loyalty store: events through the generated codec, the old till's version upcast. */
class LoyaltyAccountsTest {

  private static final String LUIGI = "luigi@example.com";
  private static final CommitStep NO_OUTBOX = events -> {};

  private final LoyaltyAccounts accounts = new LoyaltyAccounts();

  @Test
  void theOldTillsPointsAreStoredAsVersionOneAndLoadedAsTheCurrentRecord() throws Exception {
    accounts.importFromOldTill(LUIGI, 50);

    LoyaltyAccount account = accounts.load(LUIGI);

    assertEquals(List.of("com.mariopizzeria.loyalty.points-earned"), accounts.storedNames(LUIGI));
    assertEquals(50, account.balance());
    assertEquals(1, account.committedVersion());
  }

  @Test
  void theCodecUpcastsTheOldShapeToTheCurrentOne() {
    PizzeriaEventCodec codec = new PizzeriaEventCodec();
    String oldTill = "{\"customer\":\"luigi@example.com\",\"points\":50}";

    Object read = codec.decode("com.mariopizzeria.loyalty.points-earned", oldTill);

    assertEquals(new PointsEarned(LUIGI, PointsEarnedV1.OLD_TILL, 50), read);
    assertEquals("com.mariopizzeria.loyalty.points-earned.v2", codec.typeName(PointsEarned.class));
  }

  @Test
  void newEventsAreStoredUnderTheCurrentVersionAndContinueTheStream() throws Exception {
    accounts.importFromOldTill(LUIGI, 50);
    LoyaltyAccount account = accounts.load(LUIGI);
    account.earn("order-1", 2350);
    save(account);

    LoyaltyAccount reloaded = accounts.load(LUIGI);

    assertEquals(73, reloaded.balance());
    assertEquals(2, reloaded.committedVersion());
    assertEquals(
        List.of(
            "com.mariopizzeria.loyalty.points-earned",
            "com.mariopizzeria.loyalty.points-earned.v2"),
        accounts.storedNames(LUIGI));
  }

  @Test
  void aSecondWriterOfTheSameVersionLosesAndStoresNothing() throws Exception {
    LoyaltyAccount first = accounts.load(LUIGI);
    LoyaltyAccount second = accounts.load(LUIGI);
    first.earn("order-1", 2350);
    second.earn("order-3", 1900);
    save(first);

    ConcurrentModificationException conflict =
        assertThrows(ConcurrentModificationException.class, () -> save(second));

    assertTrue(conflict.getMessage().contains("is at version 1, not at 0"), conflict.getMessage());
    assertEquals(23, accounts.load(LUIGI).balance());
  }

  @Test
  void eventsAreTakenBackWhenTheOutboxFails() {
    LoyaltyAccount account = accounts.load(LUIGI);
    account.earn("order-1", 2350);
    CommitStep failingOutbox =
        events -> {
          throw new IllegalStateException("database down");
        };

    assertThrows(
        IllegalStateException.class,
        () ->
            accounts
                .saving(account, failingOutbox)
                .commit(new CommittingEvents(account.uncommittedEvents(), List.of())));

    assertEquals(List.of(), accounts.storedNames(LUIGI));
  }

  private void save(LoyaltyAccount account) throws Exception {
    accounts
        .saving(account, NO_OUTBOX)
        .commit(new CommittingEvents(account.uncommittedEvents(), List.of()));
    account.markCommitted();
  }
}
