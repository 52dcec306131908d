package dev.herald.benchmarks.single;

import com.google.common.eventbus.Subscribe;
import dev.herald.benchmarks.Tally;

/** The one handler of this scenario, registered with Guava's EventBus. */
public final class GuavaKitchen {

  private final Tally tally;

  public GuavaKitchen(Tally tally) {
    this.tally = tally;
  }

  @Subscribe
  public void on(OrderConfirmed event) {
    tally.sum += event.totalCents();
  }
}
