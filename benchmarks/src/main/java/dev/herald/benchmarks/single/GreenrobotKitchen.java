package dev.herald.benchmarks.single;

import dev.herald.benchmarks.Tally;
import org.greenrobot.eventbus.Subscribe;

/** The one handler of this scenario, registered with greenrobot's EventBus. */
public final class GreenrobotKitchen {

  private final Tally tally;

  public GreenrobotKitchen(Tally tally) {
    this.tally = tally;
  }

  @Subscribe
  public void on(OrderConfirmed event) {
    tally.sum += event.totalCents();
  }
}
