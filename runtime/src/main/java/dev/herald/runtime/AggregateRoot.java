package dev.herald.runtime;

import dev.herald.runtime.spi.EventEnvelope;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Base class of an aggregate that raises events: it numbers them per aggregate, stamps them with a
 * time-ordered id and a timestamp, and keeps them until a {@link UnitOfWork} commits them.
 *
 * <p>An aggregate's {@link #version()} is the sequence number of the last event it raised, so a
 * repository can use {@link #committedVersion()} for optimistic locking. Not thread-safe: like any
 * aggregate, one instance belongs to one business operation at a time.
 *
 * @param <ID> the type of the aggregate's identity; its {@code toString()} is the aggregate id
 *     events carry
 */
public abstract class AggregateRoot<ID> {
  /**
   * Each aggregate class's simple name, asked of the class once: an application loads a new
   * aggregate object per operation, and {@link Class#getSimpleName()} costs more than the rest of
   * raising an event.
   */
  private static final ClassTable<String> SIMPLE_NAMES =
      new ClassTable<>() {
        @Override
        String resolve(Class<?> type) {
          return type.getSimpleName();
        }
      };

  private static final EventEnvelope[] NONE = new EventEnvelope[0];

  private final EventIds eventIds;

  /**
   * The uncommitted events, in sequence order, in the first {@link #pending} slots: an array rather
   * than a list, since an application makes an aggregate object per operation and a unit of work
   * reads them by index. Made on the first event, so an aggregate that is only read allocates none.
   */
  private EventEnvelope[] uncommitted = NONE;

  private int pending;
  private long version;

  /**
   * How many of the uncommitted events the unit of work this aggregate is registered with has
   * collected; set by that unit of work, which is the only one an aggregate belongs to at a time.
   */
  int collected;

  /** {@link #aggregateType()}, asked once: it names the class, which does not change. */
  private String type;

  /** An aggregate whose events get ids and timestamps from the system clock. */
  protected AggregateRoot() {
    this(EventIds.system());
  }

  /**
   * An aggregate whose events get ids and timestamps from the given clock, such as a fixed clock in
   * a test.
   */
  protected AggregateRoot(Clock clock) {
    this(EventIds.create(Objects.requireNonNull(clock, "clock")));
  }

  /** An aggregate whose events get ids and timestamps from the given generator (and its clock). */
  AggregateRoot(EventIds eventIds) {
    this.eventIds = Objects.requireNonNull(eventIds, "eventIds");
  }

  /** The aggregate's identity; it must be set before the aggregate raises its first event. */
  public abstract ID id();

  /**
   * The name events record as their aggregate type; the simple class name unless overridden, which
   * an aggregate whose class may be renamed should do.
   */
  protected String aggregateType() {
    return SIMPLE_NAMES.get(getClass());
  }

  /**
   * Records an event as happened to this aggregate: it gets the next sequence number and is
   * delivered once a unit of work holding this aggregate commits.
   *
   * @throws NullPointerException when {@code event} is null
   * @throws IllegalStateException when the aggregate has no id yet
   */
  protected final void raise(Object event) {
    Objects.requireNonNull(event, "event");
    ID id = id();
    if (id == null) {
      throw new IllegalStateException(
          aggregateType()
              + " has no id yet: assign it before raising "
              + event.getClass().getName());
    }
    if (type == null) {
      type = aggregateType();
    }
    applying(event);
    long sequence = version + 1;
    // The millisecond is stamped now; the id, of that millisecond, is made when first needed.
    EventEnvelope envelope =
        EventEnvelope.stamped(
            eventIds, eventIds.clock().millis(), type, id.toString(), sequence, event);
    if (pending == uncommitted.length) {
      uncommitted = Arrays.copyOf(uncommitted, Math.max(4, pending * 2));
    }
    uncommitted[pending++] = envelope;
    version = sequence;
  }

  /**
   * Sequence number of the last event raised, committed or not; 0 for an aggregate without events.
   */
  public final long version() {
    return version;
  }

  /**
   * Sequence number of the last committed event: the version the aggregate was loaded or saved at.
   */
  public final long committedVersion() {
    return version - pending;
  }

  /** The events raised since the last commit, in sequence order (a copy). */
  public final List<EventEnvelope> uncommittedEvents() {
    return List.copyOf(Arrays.asList(uncommitted).subList(0, pending));
  }

  /** Forgets the uncommitted events: they are now part of the aggregate's committed history. */
  public final void markCommitted() {
    markCommitted(pending);
  }

  /**
   * Sets the version of an aggregate a repository loaded, so that the next event it raises
   * continues its sequence.
   *
   * @throws IllegalArgumentException when {@code version} is negative
   * @throws IllegalStateException when the aggregate already has uncommitted events
   */
  public final void restoreVersion(long version) {
    if (version < 0) {
      throw new IllegalArgumentException("version must be 0 or more, was " + version);
    }
    if (pending != 0) {
      throw new IllegalStateException(
          aggregateType()
              + " "
              + id()
              + " has "
              + pending
              + " uncommitted events; restore its version before it raises any");
    }
    this.version = version;
  }

  /**
   * Called with each event as it is raised, before it is recorded: an event-sourced aggregate
   * applies it here, so that an event its state cannot take is never recorded.
   */
  void applying(Object event) {}

  /** How many events are uncommitted, for the unit of work, which reads them by index. */
  final int pendingCount() {
    return pending;
  }

  /** The uncommitted event at {@code index}, below {@link #pendingCount()}. */
  final EventEnvelope pendingEvent(int index) {
    return uncommitted[index];
  }

  /** Marks only the first {@code count} uncommitted events committed; later ones stay pending. */
  final void markCommitted(int count) {
    int left = pending - count;
    if (left == 0) {
      // Dropped rather than cleared: the next operation's events go into a new array, and storing
      // them there is cheaper than into this one once it is old (the collector's write barrier).
      uncommitted = NONE;
    } else {
      System.arraycopy(uncommitted, count, uncommitted, 0, left);
      Arrays.fill(uncommitted, left, pending, null);
    }
    pending = left;
  }
}
