package dev.herald.test;

import static dev.herald.test.AggregateFixture.givenEvents;
import static dev.herald.test.Failures.failsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.herald.test.LoyaltyAccount.PointsEarned;
import dev.herald.test.LoyaltyAccount.PointsRedeemed;
import org.junit.jupiter.api.Test;

/** An event-sourced aggregate given its past events: replayed, then one command under test. */
class EventSourcedFixtureTest {

  @Test
  void theCommandSeesTheStateOfThePastEvents() {
    givenEvents(
            () -> new LoyaltyAccount("luigi"),
            new PointsEarned("luigi", 30),
            new PointsRedeemed("luigi", 10))
        .when(account -> account.redeem(5))
        .expectEvents(new PointsRedeemed("luigi", 5))
        .expectState(account -> assertEquals(15, account.balance()));
  }

  @Test
  void theCommandsEventsContinueTheSequenceOfThePastOnes() {
    CommandResult<LoyaltyAccount> result =
        givenEvents(() -> new LoyaltyAccount("peach"), new PointsEarned("peach", 8))
            .andGiven(account -> account.earn(2))
            .when(account -> account.redeem(10));

    assertEquals(3, result.envelopes().get(0).sequence());
    assertEquals("peach", result.envelopes().get(0).aggregateId());
    assertEquals(2, result.aggregate().committedVersion());
  }

  @Test
  void aRefusedCommandIsExpectedLikeAnyOther() {
    givenEvents(() -> new LoyaltyAccount("toad"), new PointsEarned("toad", 3))
        .when(account -> account.redeem(4))
        .expectException(IllegalStateException.class, "toad has only 3 points");
  }

  @Test
  void noPastEventsIsANewAggregate() {
    givenEvents(() -> new LoyaltyAccount("yoshi"))
        .when(account -> account.earn(1))
        .expectEvents(new PointsEarned("yoshi", 1));
  }

  @Test
  void aPastEventTheAggregateCannotApplyNamesItAndItsPosition() {
    failsWith(
        () ->
            givenEvents(
                () -> new LoyaltyAccount("wario"),
                new PointsEarned("wario", 1),
                new PointsRedeemed("wario", 2)),
        "Replaying the given event #2 (PointsRedeemed[customer=wario, points=2]) into"
            + " LoyaltyAccount wario threw IllegalStateException: redeemed 2 of 1 points");
  }

  @Test
  void aFailingFactoryFailsTheTestWithItsCause() {
    failsWith(
        () ->
            AggregateFixture.<LoyaltyAccount, LoyaltyAccount.LoyaltyEvent>givenEvents(
                () -> {
                  throw new IllegalStateException("no such customer");
                }),
        "The given factory threw IllegalStateException: no such customer");
  }
}
