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
    public void apply(Loyalty aggregate, PointsEvent event) {
      if (event instanceof PointsEarned earned) {
        aggregate.on(earned);
      } else if (event instanceof PointsRedeemed redeemed) {
        aggregate.on(redeemed);
      } else {
        throw new IllegalArgumentException("Loyalty cannot apply " + event.getClass().getName());
      }
    }
  }

  static final class Loyalty extends EventSourcedAggregate<String, PointsEvent> {
    private final String id;
    int balance;

    Loyalty(String id) {
      super(new LoyaltyApplier());
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
}
