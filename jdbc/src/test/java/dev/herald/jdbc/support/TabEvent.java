package dev.herald.jdbc.support;

/** The events of the event-sourced {@link PizzaTab}. */
public sealed interface TabEvent permits TabEvent.PizzaAdded, TabEvent.TabPaid {

  /** A pizza was put on a tab. */
  record PizzaAdded(String tab, String pizza, int cents) implements TabEvent {}

  /** A tab was paid. */
  record TabPaid(String tab, int cents) implements TabEvent {}
}
