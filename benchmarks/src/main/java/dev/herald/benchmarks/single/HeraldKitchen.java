package dev.herald.benchmarks.single;

import dev.herald.Handles;
import dev.herald.benchmarks.Tally;
import jakarta.inject.Inject;

/** The one handler of this scenario: Herald's table calls it, and so does the direct-call floor. */
public final class HeraldKitchen {

  private final Tally tally;

  @Inject
  public HeraldKitchen(Tally tally) {
    this.tally = tally;
  }

  @Handles
  public void on(OrderConfirmed event) {
    tally.sum += event.totalCents();
  }
}
