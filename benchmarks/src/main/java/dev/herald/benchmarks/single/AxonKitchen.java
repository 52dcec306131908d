package dev.herald.benchmarks.single;

import dev.herald.benchmarks.Tally;
import org.axonframework.eventhandling.EventHandler;

/** The one handler of this scenario, invoked by Axon's subscribing processor. */
public final class AxonKitchen {

  private final Tally tally;

  public AxonKitchen(Tally tally) {
    this.tally = tally;
  }

  @EventHandler
  public void on(OrderConfirmed event) {
    tally.sum += event.totalCents();
  }
}
