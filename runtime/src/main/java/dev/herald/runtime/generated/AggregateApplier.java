package dev.herald.runtime.generated;

/**
 * Applies an event to an event-sourced aggregate by calling the aggregate's {@code @Applies} method
 * for that event's type: the processor generates one per aggregate class, {@code
 * <Aggregate>Applier} in the aggregate's package, with a plain method call per event record.
 *
 * @param <A> the aggregate class
 * @param <E> the aggregate's event type
 */
public interface AggregateApplier<A, E> {

  /**
   * The aggregate class this applier was generated for; {@code EventSourcedAggregate} refuses an
   * applier of another class.
   */
  Class<A> aggregateType();

  /** The aggregate's event type, which every event it raises or replays must be. */
  Class<E> eventType();

  /**
   * Calls the aggregate's apply method for the event's type.
   *
   * @throws IllegalArgumentException when the aggregate has no apply method for that type (an event
   *     of a type added after the applier was generated); the message names both
   */
  void apply(A aggregate, E event);

  /**
   * What a generated applier throws for an event its aggregate has no apply method for: possible
   * only when {@code E} changed after the applier was compiled.
   */
  static IllegalArgumentException noApplyMethod(Class<?> aggregateType, Object event) {
    return new IllegalArgumentException(
        aggregateType.getName()
            + " has no @Applies method for "
            + (event == null ? "null" : event.getClass().getName())
            + "; recompile it with the Herald processor, which generates an applier for every"
            + " event record of its event type");
  }
}
