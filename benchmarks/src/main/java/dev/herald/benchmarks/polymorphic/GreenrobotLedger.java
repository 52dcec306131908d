package dev.herald.benchmarks.polymorphic;

import dev.herald.benchmarks.Tally;
import org.greenrobot.eventbus.Subscribe;

/** The handler of every {@link OrderEvent}, registered with greenrobot's EventBus. */
public final class GreenrobotLedger {

  private final Tally tally;

  public GreenrobotLedger(Tally tally) {
    this.tally = tally;
  }

  @Subscribe
  public void on(OrderEvent event) {
    tally.sum += event.totalCents();
  }
}
