package dev.herald.benchmarks.polymorphic;

import dev.herald.benchmarks.Tally;
import org.axonframework.eventhandling.EventHandler;

/** The handler of every {@link OrderEvent}, invoked by Axon's subscribing processor. */
public final class AxonLedger {

  private final Tally tally;

  public AxonLedger(Tally tally) {
    this.tally = tally;
  }

  @EventHandler
  public void on(OrderEvent event) {
    tally.sum += event.totalCents();
  }
}
