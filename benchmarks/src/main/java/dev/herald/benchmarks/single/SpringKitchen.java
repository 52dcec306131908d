package dev.herald.benchmarks.single;

import dev.herald.benchmarks.Tally;
import org.springframework.context.event.EventListener;

/** The one handler of this scenario, a bean of a Spring context. */
public final class SpringKitchen {

  private final Tally tally;

  public SpringKitchen(Tally tally) {
    this.tally = tally;
  }

  @EventListener
  public void on(OrderConfirmed event) {
    tally.sum += event.totalCents();
  }
}
