package dev.herald.jdbc;

import dev.herald.runtime.EventSourcedAggregate;
import dev.herald.runtime.spi.CommitStep;
import dev.herald.runtime.spi.CommittingEvents;
import dev.herald.runtime.spi.EventEnvelope;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads and saves one event-sourced aggregate class through the {@link JdbcEventStore}: an
 * aggregate is rebuilt by replaying its stream (after its latest snapshot, if snapshots are on),
 * and saved by appending its new events, with their deliveries, in the unit of work's commit step.
 *
 * @param <A> the aggregate class
 */
public final class EventSourcedRepository<A extends EventSourcedAggregate<?, ?>> {

  private static final Logger log = LoggerFactory.getLogger(EventSourcedRepository.class);

  private final EventStoreParts parts;
  private final Class<A> aggregateClass;
  private final Function<String, ? extends A> newAggregate;
  private final String aggregateType;
  private final Snapshotting snapshots;

  private EventSourcedRepository(Builder<A> builder) {
    this.parts = builder.parts;
    this.aggregateClass = builder.aggregateClass;
    this.newAggregate = builder.newAggregate;
    this.aggregateType = builder.aggregateType;
    this.snapshots =
        builder.snapshots == null ? null : new Snapshotting(builder.every, builder.snapshots);
  }

  /** The aggregate type its streams are stored under. */
  public String aggregateType() {
    return aggregateType;
  }

  /**
   * The aggregate rebuilt from its stream, or empty when it has no events.
   *
   * @throws EventStreamException when an event is missing, cannot be read (corrupted, or a type or
   *     version no codec knows) or cannot be applied, naming the aggregate and the position
   * @throws OutboxStoreException when the database cannot be read
   */
  public Optional<A> find(Object id) {
    String aggregateId = Objects.requireNonNull(id, "id").toString();
    try (Connection connection = parts.context().dataSource().getConnection()) {
      A aggregate = null;
      List<EventEnvelope> events = null;
      if (snapshots != null) {
        A restored = fromSnapshot(connection, aggregateId);
        if (restored != null) {
          StreamReader.Events after =
              parts.reader().read(connection, aggregateType, aggregateId, restored.version());
          if (after.anchored()) {
            aggregate = restored;
            events = after.events();
          } else {
            log.warn(
                "Snapshot of {} {} at version {} is ahead of its stream; replaying all events",
                aggregateType,
                aggregateId,
                restored.version());
          }
        }
      }
      if (aggregate == null) {
        events = parts.reader().read(connection, aggregateType, aggregateId, 0).events();
        if (events.isEmpty()) {
          return Optional.empty();
        }
        aggregate = newAggregate(aggregateId);
      }
      replay(aggregate, aggregateId, events);
      return Optional.of(aggregate);
    } catch (SQLException e) {
      throw OutboxContext.failure("Loading " + aggregateType + " " + aggregateId, e);
    }
  }

  /**
   * The aggregate rebuilt from its stream, or a new one (from the repository's factory, at version
   * 0) when it has no events.
   *
   * @throws EventStreamException as {@link #find}
   */
  public A load(Object id) {
    Optional<A> found = find(id);
    return found.isPresent() ? found.get() : newAggregate(id.toString());
  }

  /**
   * The stream's events in order, read through the codecs.
   *
   * @throws EventStreamException when an event is missing or cannot be read
   */
  public List<EventEnvelope> history(Object id) {
    try (Connection connection = parts.context().dataSource().getConnection()) {
      return parts
          .reader()
          .read(connection, aggregateType, Objects.requireNonNull(id, "id").toString(), 0)
          .events();
    } catch (SQLException e) {
      throw OutboxContext.failure("Reading the stream of " + aggregateType + " " + id, e);
    }
  }

  /**
   * The commit step that appends the aggregate's new events to its stream and stores every event of
   * the unit of work with its deliveries, in one transaction; register the aggregate in the unit of
   * work and pass this to {@code work.commit(..)}.
   *
   * @throws ConcurrentAppendException from the step, when the stream moved since the aggregate was
   *     loaded; nothing was written
   */
  public CommitStep saving(A aggregate) {
    return saving(aggregate, connection -> {});
  }

  /** As {@link #saving(EventSourcedAggregate)}, with the application's own writes first. */
  public CommitStep saving(A aggregate, ConnectionWork work) {
    return JdbcEventStore.saving(parts, work, List.of(target(aggregate)));
  }

  /**
   * Appends the aggregate's new events and stores every event with its deliveries through a
   * connection whose transaction the caller manages; the caller commits.
   *
   * @throws ConcurrentAppendException when the stream moved since the aggregate was loaded; roll
   *     the transaction back
   */
  public void write(Connection connection, CommittingEvents events, A aggregate)
      throws SQLException {
    JdbcEventStore.write(parts, connection, events, List.of(target(aggregate)));
  }

  private StreamAppends.Target target(A aggregate) {
    Objects.requireNonNull(aggregate, "aggregate");
    if (!aggregateClass.isInstance(aggregate)) {
      throw new IllegalArgumentException(
          "A repository of "
              + aggregateClass.getName()
              + " cannot save a "
              + aggregate.getClass().getName());
    }
    return new StreamAppends.Target(aggregate, aggregateType, snapshots);
  }

  private A newAggregate(String aggregateId) {
    A aggregate = newAggregate.apply(aggregateId);
    if (aggregate == null
        || aggregate.version() != 0
        || !aggregateId.equals(String.valueOf(aggregate.id()))) {
      throw new IllegalStateException(
          "The factory of "
              + aggregateClass.getName()
              + " must return a new aggregate with id '"
              + aggregateId
              + "' and no events, returned "
              + (aggregate == null
                  ? "null"
                  : "one with id '" + aggregate.id() + "' at version " + aggregate.version()));
    }
    return aggregate;
  }

  /** The aggregate of the latest snapshot at its version, or null when none can be used. */
  private A fromSnapshot(Connection connection, String aggregateId) throws SQLException {
    long version;
    String state;
    try (PreparedStatement select = connection.prepareStatement(parts.sql().selectSnapshot)) {
      select.setString(1, aggregateType);
      select.setString(2, aggregateId);
      try (ResultSet row = select.executeQuery()) {
        if (!row.next() || !snapshots.revision().equals(row.getString("revision"))) {
          return null;
        }
        version = row.getLong("version");
        state = row.getString("state");
      }
    }
    try {
      A aggregate = aggregateClass.cast(snapshots.read(aggregateId, state));
      if (aggregate == null || !aggregateId.equals(String.valueOf(aggregate.id()))) {
        throw new IllegalStateException("read(..) returned " + aggregate);
      }
      aggregate.restoreVersion(version);
      return aggregate;
    } catch (RuntimeException e) {
      log.warn(
          "Snapshot of {} {} at version {} cannot be read; replaying all events",
          aggregateType,
          aggregateId,
          version,
          e);
      return null;
    }
  }

  private void replay(A aggregate, String aggregateId, List<EventEnvelope> events) {
    try {
      aggregate.replay(events);
    } catch (RuntimeException e) {
      long position = aggregate.version() + 1;
      throw new EventStreamException(
          aggregateType,
          aggregateId,
          position,
          "Event #"
              + position
              + " of "
              + aggregateType
              + " "
              + aggregateId
              + " cannot be applied to "
              + aggregateClass.getName()
              + ": "
              + e.getMessage(),
          e);
    }
  }

  /** Configures an {@link EventSourcedRepository}. */
  public static final class Builder<A extends EventSourcedAggregate<?, ?>> {

    private final EventStoreParts parts;
    private final Class<A> aggregateClass;
    private final Function<String, ? extends A> newAggregate;
    private String aggregateType;
    private int every;
    private AggregateSnapshots<A> snapshots;

    Builder(
        EventStoreParts parts,
        Class<A> aggregateClass,
        Function<String, ? extends A> newAggregate) {
      this.parts = parts;
      this.aggregateClass = Objects.requireNonNull(aggregateClass, "aggregateClass");
      this.newAggregate = Objects.requireNonNull(newAggregate, "newAggregate");
      this.aggregateType = aggregateClass.getSimpleName();
    }

    /**
     * The aggregate type its streams are stored under, when the aggregate overrides {@code
     * aggregateType()}; by default the class's simple name, as {@code AggregateRoot} names it.
     */
    public Builder<A> aggregateType(String aggregateType) {
      if (aggregateType == null || aggregateType.isBlank() || aggregateType.length() > 255) {
        throw new IllegalArgumentException(
            "Invalid aggregate type '" + aggregateType + "': give 1 to 255 characters");
      }
      this.aggregateType = aggregateType;
      return this;
    }

    /**
     * Takes a snapshot whenever an append passes a multiple of {@code every} events, in the
     * append's transaction; loading then replays only the events after the latest snapshot.
     */
    public Builder<A> snapshots(int every, AggregateSnapshots<A> snapshots) {
      if (every < 1) {
        throw new IllegalArgumentException(
            "Invalid snapshot interval " + every + ": it must be 1 or more events");
      }
      Objects.requireNonNull(snapshots, "snapshots");
      String revision = snapshots.revision();
      if (revision == null || revision.isEmpty() || revision.length() > 100) {
        throw new IllegalArgumentException(
            "Invalid snapshot revision '" + revision + "': give 1 to 100 characters");
      }
      this.every = every;
      this.snapshots = snapshots;
      return this;
    }

    public EventSourcedRepository<A> build() {
      return new EventSourcedRepository<>(this);
    }
  }
}
