package com.mariopizzeria.loyalty;

import static dev.herald.test.AggregateFixture.givenEvents;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The event-sourced loyalty account, given its past events with herald-test's fixture. */
class LoyaltyAccountTest {

  private static final String LUIGI = "luigi@example.com";

  @Test
  void aDeliveredOrderEarnsOnePointPerWholeEuro() {
    givenEvents(() -> new LoyaltyAccount(LUIGI))
        .when(account -> account.earn("order-1", 2350))
        .expectEvents(new PointsEarned(LUIGI, "order-1", 23));
  }

  @Test
  void anOrderAlreadyCreditedEarnsNothingAgain() {
    givenEvents(() -> new LoyaltyAccount(LUIGI), new PointsEarned(LUIGI, "order-1", 23))
        .when(account -> account.earn("order-1", 2350))
        .expectNoEvents();
  }

  @Test
  void pointsFromThePastCanBeRedeemed() {
    givenEvents(
            () -> new LoyaltyAccount(LUIGI),
            new PointsEarned(LUIGI, PointsEarnedV1.OLD_TILL, 50),
            new PointsEarned(LUIGI, "order-1", 23))
        .when(account -> account.redeem(60, "tiramisu"))
        .expectEvents(new PointsRedeemed(LUIGI, 60, "tiramisu"))
        .expectState(account -> assertEquals(13, account.balance()));
  }

  @Test
  void aRewardBeyondTheBalanceIsRefused() {
    givenEvents(
            () -> new LoyaltyAccount(LUIGI),
            new PointsEarned(LUIGI, "order-1", 23),
            new PointsRedeemed(LUIGI, 20, "espresso"))
        .when(account -> account.redeem(5, "tiramisu"))
        .expectException(
            IllegalStateException.class,
            "luigi@example.com has 3 points, not the 5 a tiramisu costs");
  }
}
