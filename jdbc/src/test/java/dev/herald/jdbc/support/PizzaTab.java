package dev.herald.jdbc.support;

import dev.herald.runtime.EventSourcedAggregate;
import dev.herald.runtime.generated.AggregateApplier;

/** A table's tab at the pizzeria, event-sourced: its state is the pizzas added and the payment. */
public final class PizzaTab extends EventSourcedAggregate<String, TabEvent> {

  private final String id;
  private int cents;
  private int pizzas;
  private boolean paid;

  public PizzaTab(String id) {
    super(new Applier());
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }

  public PizzaTab add(String pizza, int price) {
    if (paid) {
      throw new IllegalStateException("Tab " + id + " is paid");
    }
    raise(new TabEvent.PizzaAdded(id, pizza, price));
    return this;
  }

  public PizzaTab pay() {
    raise(new TabEvent.TabPaid(id, cents));
    return this;
  }

  public int cents() {
    return cents;
  }

  public int pizzas() {
    return pizzas;
  }

  public boolean paid() {
    return paid;
  }

  /** Restores a snapshot's state (see {@link TabSnapshots}). */
  void restore(int cents, int pizzas, boolean paid) {
    this.cents = cents;
    this.pizzas = pizzas;
    this.paid = paid;
  }

  /** Stands in for the applier the processor generates. */
  private static final class Applier implements AggregateApplier<PizzaTab, TabEvent> {
    @Override
    public Class<PizzaTab> aggregateType() {
      return PizzaTab.class;
    }

    @Override
    public Class<TabEvent> eventType() {
      return TabEvent.class;
    }

    @Override
    public void apply(PizzaTab tab, TabEvent event) {
      if (event instanceof TabEvent.PizzaAdded added) {
        tab.cents += added.cents();
        tab.pizzas++;
      } else if (event instanceof TabEvent.TabPaid) {
        tab.paid = true;
      }
    }
  }
}
