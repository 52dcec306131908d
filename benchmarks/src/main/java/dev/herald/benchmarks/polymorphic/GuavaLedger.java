package dev.herald.benchmarks.polymorphic;

import com.google.common.eventbus.Subscribe;
import dev.herald.benchmarks.Tally;

/** The handler of every {@link OrderEvent}, registered with Guava's EventBus. */
public final class GuavaLedger {

  private final Tally tally;

  public GuavaLedger(Tally tally) {
    this.tally = tally;
  }

  @Subscribe
  public void on(OrderEvent event) {
    tally.sum += event.totalCents();
  }
}
