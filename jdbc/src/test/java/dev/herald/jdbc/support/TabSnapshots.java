package dev.herald.jdbc.support;

import dev.herald.jdbc.AggregateSnapshots;
import java.util.concurrent.atomic.AtomicInteger;

/** Snapshots of a {@link PizzaTab} as "cents,pizzas,paid", counting the reads. */
public final class TabSnapshots implements AggregateSnapshots<PizzaTab> {

  public final AtomicInteger reads = new AtomicInteger();

  @Override
  public String revision() {
    return "tab-1";
  }

  @Override
  public String write(PizzaTab tab) {
    return tab.cents() + "," + tab.pizzas() + "," + tab.paid();
  }

  @Override
  public PizzaTab read(String aggregateId, String state) {
    String[] parts = state.split(",");
    PizzaTab tab = new PizzaTab(aggregateId);
    tab.restore(
        Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Boolean.parseBoolean(parts[2]));
    reads.incrementAndGet();
    return tab;
  }
}
