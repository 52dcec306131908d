package dev.herald.benchmarks.polymorphic;

import dev.herald.benchmarks.Tally;
import org.springframework.context.event.EventListener;

/** The handler of every {@link OrderEvent}, a bean of a Spring context. */
public final class SpringLedger {

  private final Tally tally;

  public SpringLedger(Tally tally) {
    this.tally = tally;
  }

  @EventListener
  public void on(OrderEvent event) {
    tally.sum += event.totalCents();
  }
}
