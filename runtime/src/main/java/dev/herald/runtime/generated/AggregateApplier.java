package dev.herald.runtime.generated;

/**
 * Applies an event to an event-sourced aggregate by calling the aggregate's apply method for that
 * event's type: the processor generates one per aggregate, with a plain method call per type.
 *
 * @param <A> the aggregate class
 * @param <E> the aggregate's event type
 */
@FunctionalInterface
public interface AggregateApplier<A, E> {

  /**
   * Calls the aggregate's apply method for the event's type.
   *
   * @throws IllegalArgumentException when the aggregate has no apply method for that type (an event
   *     of a type added after the applier was generated); the message names both
   */
  void apply(A aggregate, E event);
}
