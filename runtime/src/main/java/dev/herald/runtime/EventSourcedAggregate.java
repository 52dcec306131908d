package dev.herald.runtime;

import dev.herald.runtime.generated.AggregateApplier;
import dev.herald.runtime.spi.EventEnvelope;
import java.util.Objects;

/**
 * Base class of an aggregate whose state is its events: each event it raises is applied to its
 * state as it is raised, and a repository rebuilds it by {@link #replay replaying} its stored
 * events. The applier the processor generates calls the aggregate's apply methods, one per event
 * type of {@code E}, with plain method calls.
 *
 * @param <ID> the type of the aggregate's identity
 * @param <E> the aggregate's event type: a sealed interface its event records implement
 */
public abstract class EventSourcedAggregate<ID, E> extends AggregateRoot<ID> {

  private final AggregateApplier<EventSourcedAggregate<ID, E>, E> applier;

  /**
   * An aggregate whose events the given (generated) applier applies.
   *
   * @param applier calls this aggregate's apply methods; its type argument is this aggregate's
   *     class
   */
  @SuppressWarnings("unchecked")
  protected EventSourcedAggregate(
      AggregateApplier<? extends EventSourcedAggregate<ID, E>, E> applier) {
    // The applier was generated for this class (its type argument), so it takes this instance.
    this.applier =
        (AggregateApplier<EventSourcedAggregate<ID, E>, E>)
            Objects.requireNonNull(applier, "applier");
  }

  /**
   * Applies stored events in sequence order to an aggregate that has none uncommitted, and sets its
   * version to the last one's sequence.
   *
   * @throws IllegalStateException when the history has a gap or repeats a sequence, naming the
   *     aggregate and the position, or when the aggregate has uncommitted events
   * @throws ClassCastException when an event is not one of {@code E}
   */
  public final void replay(Iterable<EventEnvelope> history) {
    Objects.requireNonNull(history, "history");
    if (!pendingEvents().isEmpty()) {
      throw new IllegalStateException(
          aggregateType() + " " + id() + " has uncommitted events; replay before it raises any");
    }
    long expected = version() + 1;
    for (EventEnvelope stored : history) {
      if (stored.sequence() != expected) {
        throw new IllegalStateException(
            "The history of "
                + aggregateType()
                + " "
                + id()
                + " has a gap or a repeat: expected event #"
                + expected
                + ", found #"
                + stored.sequence());
      }
      applier.apply(this, castEvent(stored.event()));
      restoreVersion(expected);
      expected++;
    }
  }

  @Override
  final void applying(Object event) {
    applier.apply(this, castEvent(event));
  }

  @SuppressWarnings("unchecked")
  private E castEvent(Object event) {
    // The applier checks the event's type with its own dispatch and says which it cannot apply.
    return (E) event;
  }
}
