package dev.herald.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.runtime.generated.AggregateApplier;
import dev.herald.runtime.spi.EventEnvelope;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** An event-sourced aggregate applies what it raises and rebuilds itself from its history. */
class EventSourcedAggregateTest {

  sealed interface PointsEvent permits PointsEarned, PointsRedeemed {}

  record PointsEarned(String account, int points) implements PointsEvent {}

  record PointsRedeemed(String account, int points) implements PointsEvent {}

  /** What the processor would generate: one typed call per event type. */
  static final class LoyaltyApplier implements AggregateApplier<Loyalty, PointsEvent> {
    @Override
    public Class<Loyalty> aggregateType() {
      return Loyalty.class;
    }

    @Override
    public Class<PointsEvent> eventType() {
      return PointsEvent.class;
    }

    @Override
    public void apply(Loyalty aggregate, PointsEvent event) {
      if (event instanceof PointsEarned earned) {
        aggregate.on(earned);
      } else if (event instanceof PointsRedeemed redeemed) {
        aggregate.on(redeemed);
      } else {
        throw AggregateApplier.noApplyMethod(Loyalty.class, event);
      }
    }
  }

  static class Loyalty extends EventSourcedAggregate<String, PointsEvent> {
    private final String id;
    int balance;

    Loyalty(String id) {
      super(new LoyaltyApplier());
      this.id = id;
    }

    /** For a subclass that passes an applier of its own (or, wrongly, this class's). */
    Loyalty(String id, AggregateApplier<? extends Loyalty, PointsEvent> applier) {
      super(applier);
      this.id = id;
    }

    @Override
    public String id() {
      return id;
    }

    void earn(int points) {
      raise(new PointsEarned(id, points));
    }

    void redeem(int points) {
      if (points > balance) {
        throw new IllegalArgumentException("only " + balance + " points");
      }
      raise(new PointsRedeemed(id, points));
    }

    void on(PointsEarned event) {
      balance += event.points();
    }

    void on(PointsRedeemed event) {
      balance -= event.points();
    }

    /** Raises what a caller gives it, to test that the aggregate refuses a foreign event. */
    void raiseAnything(Object event) {
      raise(event);
    }
  }

  /** A subclass handed its superclass's applier, which would skip what the subclass applies. */
  static final class GoldLoyalty extends Loyalty {
    GoldLoyalty(String id) {
      super(id, new LoyaltyApplier());
    }
  }

  private static EventEnvelope stored(long sequence, PointsEvent event) {
    return new EventEnvelope(UUID.randomUUID(), "Loyalty", "acc-1", sequence, Instant.EPOCH, event);
  }

  @Test
  void raisingAppliesTheEventAtOnce() {
    Loyalty account = new Loyalty("acc-1");
    account.earn(100);
    account.redeem(30);
    assertEquals(70, account.balance);
    assertEquals(2, account.version());
    assertEquals(2, account.uncommittedEvents().size());
  }

  @Test
  void replayRebuildsTheStateAndContinuesTheSequence() {
    Loyalty account = new Loyalty("acc-1");
    account.replay(
        List.of(
            stored(1, new PointsEarned("acc-1", 50)), stored(2, new PointsEarned("acc-1", 25))));
    assertEquals(75, account.balance);
    assertEquals(2, account.committedVersion());
    account.redeem(5);
    assertEquals(3, account.uncommittedEvents().get(0).sequence());
  }

  @Test
  void aGapInTheHistoryNamesTheAggregateAndThePosition() {
    Loyalty account = new Loyalty("acc-1");
    IllegalStateException gap =
        assertThrows(
            IllegalStateException.class,
            () ->
                account.replay(
                    List.of(
                        stored(1, new PointsEarned("acc-1", 50)),
                        stored(3, new PointsEarned("acc-1", 25)))));
    assertTrue(gap.getMessage().contains("Loyalty acc-1"), gap.getMessage());
    assertTrue(gap.getMessage().contains("expected event #2, found #3"), gap.getMessage());
  }

  @Test
  void anApplierOfAnotherClassIsRefusedWhenTheAggregateIsCreated() {
    IllegalArgumentException refused =
        assertThrows(IllegalArgumentException.class, () -> new GoldLoyalty("acc-1"));
    assertTrue(refused.getMessage().contains("GoldLoyalty was given"), refused.getMessage());
    assertTrue(
        refused.getMessage().contains("the applier of " + Loyalty.class.getName()),
        refused.getMessage());
    assertTrue(refused.getMessage().contains("new GoldLoyaltyApplier()"), refused.getMessage());
  }

  @Test
  void aStoredEventOfAnotherTypeNamesTheAggregateAndThePosition() {
    Loyalty account = new Loyalty("acc-1");
    EventEnvelope foreign =
        new EventEnvelope(UUID.randomUUID(), "Loyalty", "acc-1", 2, Instant.EPOCH, "not an event");
    IllegalStateException refused =
        assertThrows(
            IllegalStateException.class,
            () -> account.replay(List.of(stored(1, new PointsEarned("acc-1", 50)), foreign)));
    assertEquals(
        "Event #2 of Loyalty acc-1 is a java.lang.String, not one of its events ("
            + PointsEvent.class.getName()
            + ")",
        refused.getMessage());
    assertEquals(50, account.balance, "the events before it were applied");
    assertEquals(1, account.version());
  }

  @Test
  void raisingAnEventOfAnotherTypeIsRefusedAndNothingIsRecorded() {
    Loyalty account = new Loyalty("acc-1");
    IllegalArgumentException refused =
        assertThrows(IllegalArgumentException.class, () -> account.raiseAnything(42));
    assertTrue(refused.getMessage().contains("not java.lang.Integer"), refused.getMessage());
    assertEquals(0, account.version());
    assertTrue(account.uncommittedEvents().isEmpty());
  }
}
