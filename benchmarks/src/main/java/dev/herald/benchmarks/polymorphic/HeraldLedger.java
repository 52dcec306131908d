package dev.herald.benchmarks.polymorphic;

import dev.herald.Handles;
import dev.herald.benchmarks.Tally;
import jakarta.inject.Inject;

/**
 * The handler of every {@link OrderEvent}: Herald's table calls it, and so does the direct-call
 * floor.
 */
public final class HeraldLedger {

  private final Tally tally;

  @Inject
  public HeraldLedger(Tally tally) {
    this.tally = tally;
  }

  @Handles
  public void on(OrderEvent event) {
    tally.sum += event.totalCents();
  }
}
