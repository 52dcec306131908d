package dev.herald.runtime;

import dev.herald.runtime.generated.AggregateApplier;
import dev.herald.runtime.spi.EventEnvelope;
import java.time.Clock;
import java.util.Objects;

/**
 * Base class of an aggregate whose state is its events: each event it raises is applied to its
 * state as it is raised, and a repository rebuilds it by {@link #replay replaying} its stored
 * events. The applier the processor generates calls the aggregate's {@code @Applies} methods, one
 * per event record of {@code E}, with plain method calls.
 *
 * <p>Each concrete aggregate class passes its own generated applier, {@code <Class>Applier} in its
 * package, from its constructors; no reflection finds it:
 *
 * <pre>{@code
 * public final class LoyaltyAccount extends EventSourcedAggregate<String, LoyaltyEvent> {
 *   public LoyaltyAccount(String customer) {
 *     super(new LoyaltyAccountApplier());
 *     this.customer = customer;
 *   }
 * }
 * }</pre>
 *
 * <p>An apply method only changes state: the checks and the decision belong in the command that
 * raises the event, since apply methods run again whenever the aggregate is loaded.
 *
 * @param <ID> the type of the aggregate's identity
 * @param <E> the aggregate's event type: a sealed interface its event records implement
 */
public abstract class EventSourcedAggregate<ID, E> extends AggregateRoot<ID> {

  private final AggregateApplier<EventSourcedAggregate<ID, E>, E> applier;

  /**
   * An aggregate whose events the given (generated) applier applies, and whose events get ids and
   * timestamps from the system clock.
   *
   * @param applier {@code new <ThisClass>Applier()}, generated for exactly this class
   * @throws IllegalArgumentException when the applier was generated for another class
   */
  protected EventSourcedAggregate(
      AggregateApplier<? extends EventSourcedAggregate<ID, E>, E> applier) {
    super();
    this.applier = checked(applier);
  }

  /**
   * An aggregate whose events get ids and timestamps from the given clock, such as a fixed clock in
   * a test.
   *
   * @throws IllegalArgumentException when the applier was generated for another class
   */
  protected EventSourcedAggregate(
      AggregateApplier<? extends EventSourcedAggregate<ID, E>, E> applier, Clock clock) {
    super(clock);
    this.applier = checked(applier);
  }

  @SuppressWarnings("unchecked")
  private AggregateApplier<EventSourcedAggregate<ID, E>, E> checked(
      AggregateApplier<? extends EventSourcedAggregate<ID, E>, E> applier) {
    Objects.requireNonNull(applier, "applier");
    // An applier of a superclass would skip the apply methods this class adds: refuse it at once.
    if (applier.aggregateType() != getClass()) {
      throw new IllegalArgumentException(
          getClass().getName()
              + " was given "
              + applier.getClass().getName()
              + ", the applier of "
              + applier.aggregateType().getName()
              + "; each event-sourced aggregate class passes its own, here new "
              + getClass().getSimpleName()
              + "Applier()");
    }
    // The applier was generated for this class (checked above), so it takes this instance.
    return (AggregateApplier<EventSourcedAggregate<ID, E>, E>) applier;
  }

  /**
   * Applies stored events in sequence order to an aggregate that has none uncommitted, and sets its
   * version to the last one's sequence.
   *
   * @throws IllegalStateException when the history has a gap or repeats a sequence, or holds an
   *     event that is not one of {@code E} (an unknown type, or an older version nothing upcast),
   *     naming the aggregate and the position; or when the aggregate has uncommitted events
   */
  public final void replay(Iterable<EventEnvelope> history) {
    Objects.requireNonNull(history, "history");
    if (pendingCount() != 0) {
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
      Object event = stored.event();
      if (!applier.eventType().isInstance(event)) {
        throw new IllegalStateException(
            "Event #"
                + expected
                + " of "
                + aggregateType()
                + " "
                + id()
                + " is a "
                + event.getClass().getName()
                + ", not one of its events ("
                + applier.eventType().getName()
                + ")");
      }
      applier.apply(this, applier.eventType().cast(event));
      restoreVersion(expected);
      expected++;
    }
  }

  @Override
  final void applying(Object event) {
    if (!applier.eventType().isInstance(event)) {
      throw new IllegalArgumentException(
          aggregateType()
              + " raises only "
              + applier.eventType().getName()
              + " events, not "
              + event.getClass().getName());
    }
    applier.apply(this, applier.eventType().cast(event));
  }
}
