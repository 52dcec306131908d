package dev.herald.runtime;

import dev.herald.runtime.spi.CommitStep;
import dev.herald.runtime.spi.CommittingEvents;
import dev.herald.runtime.spi.Delivery;
import dev.herald.runtime.spi.EventEnvelope;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The events of one business operation, committed together: register the aggregates it touched,
 * then {@link #commit(CommitStep)} runs the IMMEDIATE handlers, the application's commit step and
 * hands the events to AFTER_COMMIT delivery. Nothing is published before the commit step returned.
 *
 * <p><b>Events raised during the commit.</b> Events that IMMEDIATE handlers raise on registered
 * aggregates, or publish through {@link EventBus#publish} on the committing thread, are appended to
 * this unit of work: their IMMEDIATE handlers run too, and they are committed and delivered with
 * the rest. Events raised during the commit step itself stay uncommitted on their aggregates for
 * the next unit of work. AFTER_COMMIT handlers run after this unit of work ended, so they use their
 * own.
 *
 * <p><b>Failure.</b> If an IMMEDIATE handler or the commit step throws, the exception propagates
 * (checked ones wrapped in {@link CommitFailedException}), nothing is published, the aggregates
 * keep their uncommitted events, and this unit of work is finished; discard the aggregates or
 * commit them again in a new unit of work, whose IMMEDIATE handlers will then run again.
 *
 * <p>One unit of work belongs to one thread. Closing it without a commit rolls it back.
 */
public final class UnitOfWork implements AutoCloseable {

  /** Guards against IMMEDIATE handlers that raise events in an endless cycle. */
  private static final int MAX_EVENTS = 1_000_000;

  private enum State {
    OPEN,
    COMMITTING,
    COMMITTED,
    ROLLED_BACK,
    FAILED
  }

  private final EventBus bus;

  /**
   * The registered aggregates; most units of work have one, so the array starts small. How many
   * events of each this unit has collected is kept on the aggregate ({@link
   * AggregateRoot#collected}), which belongs to one unit of work at a time.
   */
  private AggregateRoot<?>[] members = NO_MEMBERS;

  private int memberCount;

  private static final AggregateRoot<?>[] NO_MEMBERS = new AggregateRoot<?>[0];

  /**
   * The events collected by the commit, in commit order, with the after-commit targets of each at
   * the same index: arrays rather than lists, since a commit is on the path of every operation.
   */
  private EventEnvelope[] events;

  private Target[][] targets;
  private int eventCount;

  /** Events published into this unit of work; made on the first one, since most units have none. */
  private List<EventEnvelope> published;

  private int publishedCollected;

  /** The committing thread's trace, read once when the commit starts; null when none is kept. */
  private String trace;

  private State state = State.OPEN;

  /** Whether this unit runs IMMEDIATE handlers now, and the unit it hides on this thread. */
  private boolean runsImmediate;

  private UnitOfWork outer;

  /**
   * Set once the commit step runs: events added after that point would be neither collected nor
   * lost.
   */
  private boolean stepStarted;

  UnitOfWork(EventBus bus) {
    this.bus = bus;
  }

  /** The unit of work running IMMEDIATE handlers on each thread, if any. */
  private static final ThreadLocal<UnitOfWork> COMMITTING = new ThreadLocal<>();

  /** The unit of work running IMMEDIATE handlers on this thread for this bus, if any. */
  static UnitOfWork committingOn(EventBus bus) {
    UnitOfWork current = COMMITTING.get();
    return current != null && current.bus == bus ? current : null;
  }

  /**
   * Adds an aggregate whose uncommitted events this unit commits; registering it twice is harmless.
   * Allowed until the commit step runs, so IMMEDIATE handlers may register aggregates they load.
   *
   * @return the aggregate, for chaining
   */
  public <A extends AggregateRoot<?>> A register(A aggregate) {
    Objects.requireNonNull(aggregate, "aggregate");
    requireCollecting("register an aggregate");
    for (int m = 0; m < memberCount; m++) {
      if (members[m] == aggregate) {
        return aggregate;
      }
    }
    if (memberCount == members.length) {
      members = Arrays.copyOf(members, Math.max(2, memberCount * 2));
    }
    aggregate.collected = 0;
    members[memberCount++] = aggregate;
    return aggregate;
  }

  /**
   * Adds an event raised outside any aggregate to this unit of work: it is committed and delivered
   * with the aggregates' events, and not at all if the unit of work does not commit.
   *
   * @throws IllegalArgumentException when no table knows the event's type and no subscriber takes
   *     it
   */
  public void publish(Object event) {
    Objects.requireNonNull(event, "event");
    requireCollecting("publish an event");
    bus.routesOf(event);
    if (published == null) {
      published = new ArrayList<>(2);
    }
    published.add(bus.newEnvelope(event));
  }

  /** Commits without a persistence step, for in-memory applications and tests. */
  public CommittingEvents commit() {
    return commit(events -> {});
  }

  /** Commits with a persistence step that does not need to see the events. */
  public CommittingEvents commit(Runnable persistence) {
    Objects.requireNonNull(persistence, "persistence");
    return commit(events -> persistence.run());
  }

  /**
   * Commits: collects the registered aggregates' uncommitted events and the published ones, runs
   * their IMMEDIATE handlers in this thread, calls {@code step} with the events and the deliveries
   * they owe, marks the aggregates committed and hands the deliveries to AFTER_COMMIT delivery.
   *
   * @return what was committed
   * @throws IllegalStateException when this unit of work was already committed, rolled back or
   *     failed, or the bus was shut down
   * @throws IllegalArgumentException when an event's type is known to no table and no subscriber
   * @throws CommitFailedException when an IMMEDIATE handler or the step threw a checked exception
   */
  public CommittingEvents commit(CommitStep step) {
    Objects.requireNonNull(step, "step");
    requireState(State.OPEN, "commit");
    bus.ensureAccepting("commit a unit of work");
    state = State.COMMITTING;
    boolean committed = false;
    try {
      int expected = Math.max(1, pendingCount());
      events = new EventEnvelope[expected];
      targets = new Target[expected][];
      trace = bus.currentTrace();
      collectAndRunImmediate();
      EventEnvelope[] committedEvents = events;
      Target[][] committedTargets = targets;
      int count = eventCount;
      CommittingEvents committing =
          CommittingEvents.listingOnDemand(
              committedEvents, count, () -> deliveriesOf(committedEvents, committedTargets, count));
      stepStarted = true;
      try {
        step.commit(committing);
      } catch (CommitOutcomeUnknownException unknown) {
        // The transaction may have committed: a durable store delivers its events if it did.
        throw unknown;
      } catch (RuntimeException | Error failure) {
        throw failure;
      } catch (Exception failure) {
        throw new CommitFailedException("The commit step failed; nothing was published", failure);
      }
      for (int m = 0; m < memberCount; m++) {
        members[m].markCommitted(members[m].collected);
      }
      state = State.COMMITTED;
      committed = true;
      bus.deliverAfterCommit(committedEvents, committedTargets, count);
      return committing;
    } finally {
      if (!committed) {
        state = State.FAILED;
      }
    }
  }

  /** One delivery per event and after-commit target, in delivery order. */
  private static List<Delivery> deliveriesOf(
      EventEnvelope[] events, Target[][] targets, int count) {
    List<Delivery> deliveries = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      for (Target target : targets[i]) {
        deliveries.add(new Delivery(events[i], target.id));
      }
    }
    return deliveries;
  }

  /** How many events the registered aggregates and publications hold now, to presize the lists. */
  private int pendingCount() {
    int count = published == null ? 0 : published.size();
    for (int m = 0; m < memberCount; m++) {
      count += members[m].pendingCount();
    }
    return count;
  }

  /** Collects events until IMMEDIATE handlers raise no more, running those handlers as it goes. */
  private void collectAndRunImmediate() {
    try {
      boolean progress = true;
      while (progress) {
        progress = false;
        for (int m = 0; m < memberCount; m++) {
          AggregateRoot<?> aggregate = members[m];
          while (aggregate.collected < aggregate.pendingCount()) {
            take(aggregate.pendingEvent(aggregate.collected++));
            progress = true;
          }
        }
        while (published != null && publishedCollected < published.size()) {
          take(published.get(publishedCollected++));
          progress = true;
        }
      }
    } finally {
      if (runsImmediate) {
        COMMITTING.set(outer);
        outer = null;
        runsImmediate = false;
        bus.committingEnded();
      }
    }
  }

  private void take(EventEnvelope envelope) {
    if (eventCount >= MAX_EVENTS) {
      throw new IllegalStateException(
          "A unit of work collected "
              + MAX_EVENTS
              + " events; IMMEDIATE handlers probably raise events in a cycle (last: "
              + envelope.event().getClass().getName()
              + ")");
    }
    RouteResolver.Routes routes = bus.routesOf(envelope.event());
    if (trace != null) {
      envelope.attachTrace(trace);
    }
    if (eventCount == events.length) {
      // IMMEDIATE handlers raised more events than were pending when the commit started.
      events = Arrays.copyOf(events, eventCount * 2);
      targets = Arrays.copyOf(targets, eventCount * 2);
    }
    events[eventCount] = envelope;
    targets[eventCount++] = routes.afterCommit;
    if (routes.immediate.length != 0) {
      if (!runsImmediate) {
        // Only now: events that IMMEDIATE handlers publish on this thread must find this unit.
        runsImmediate = true;
        outer = COMMITTING.get();
        COMMITTING.set(this);
        bus.committingStarted();
      }
      ImmediateHandlers.run(routes.immediate, envelope);
    }
  }

  /**
   * Ends this unit of work without publishing anything; harmless when already rolled back or
   * failed.
   */
  public void rollback() {
    if (state == State.COMMITTED || state == State.COMMITTING) {
      throw new IllegalStateException(
          "Cannot roll back: the unit of work was already " + describe(state));
    }
    if (state == State.OPEN) {
      state = State.ROLLED_BACK;
    }
  }

  /** Rolls back unless committed, so try-with-resources publishes nothing on an exception. */
  @Override
  public void close() {
    if (state == State.OPEN) {
      state = State.ROLLED_BACK;
    }
  }

  /** Whether the commit completed. */
  public boolean isCommitted() {
    return state == State.COMMITTED;
  }

  private void requireCollecting(String action) {
    if (stepStarted && state == State.COMMITTING) {
      throw new IllegalStateException(
          "Cannot " + action + " while the commit step runs; use a new unit of work");
    }
    if (state != State.OPEN && state != State.COMMITTING) {
      throw new IllegalStateException(
          "Cannot " + action + ": the unit of work was already " + describe(state));
    }
  }

  private void requireState(State expected, String action) {
    if (state != expected) {
      throw new IllegalStateException(
          "Cannot "
              + action
              + ": the unit of work was already "
              + describe(state)
              + (state == State.COMMITTED ? "; use a new unit of work for each operation" : ""));
    }
  }

  private static String describe(State state) {
    switch (state) {
      case COMMITTING:
        return "committing";
      case COMMITTED:
        return "committed";
      case ROLLED_BACK:
        return "rolled back";
      case FAILED:
        return "failed";
      default:
        return "open";
    }
  }
}
