package dev.herald.jdbc;

import dev.herald.runtime.EventSourcedAggregate;
import dev.herald.runtime.spi.CommitStep;
import dev.herald.runtime.spi.CommittingEvents;
import dev.herald.runtime.spi.EventEnvelope;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Event-sourced streams in the outbox's events table: an aggregate's events are appended with their
 * deliveries in one transaction (so they keep every delivery guarantee), refused when another
 * append committed since the aggregate was loaded, and read back in order to rebuild it. Get it
 * from {@link JdbcOutbox#eventStore()}; {@link #repository} gives a typed repository per aggregate
 * class.
 *
 * <pre>{@code
 * EventSourcedRepository<LoyaltyAccount> accounts =
 *     outbox.eventStore().repository(LoyaltyAccount.class, LoyaltyAccount::new).build();
 * try (UnitOfWork work = bus.unitOfWork()) {
 *   LoyaltyAccount account = work.register(accounts.load("luigi@example.com"));
 *   account.earn("order-7", 2350);
 *   work.commit(accounts.saving(account));   // ConcurrentAppendException if another append won
 * }
 * }</pre>
 */
public final class JdbcEventStore {

  private final EventStoreParts parts;

  JdbcEventStore(EventStoreParts parts) {
    this.parts = parts;
  }

  /**
   * Starts configuring the repository of one event-sourced aggregate class.
   *
   * @param aggregateClass its class; its simple name is the aggregate type streams are stored
   *     under, unless {@link EventSourcedRepository.Builder#aggregateType} says otherwise
   * @param newAggregate makes an aggregate without history from its id (the id as text), into which
   *     the stored events are replayed
   */
  public <A extends EventSourcedAggregate<?, ?>> EventSourcedRepository.Builder<A> repository(
      Class<A> aggregateClass, Function<String, ? extends A> newAggregate) {
    return new EventSourcedRepository.Builder<>(parts, aggregateClass, newAggregate);
  }

  /**
   * The stream's events in order, read through the codecs (older versions upcast); empty for a
   * stream without events.
   *
   * @throws EventStreamException when an event is missing or cannot be read, naming its position
   * @throws OutboxStoreException when the database cannot be read
   */
  public List<EventEnvelope> history(String aggregateType, String aggregateId) {
    Objects.requireNonNull(aggregateType, "aggregateType");
    Objects.requireNonNull(aggregateId, "aggregateId");
    try (Connection connection = parts.context().dataSource().getConnection()) {
      return parts.reader().read(connection, aggregateType, aggregateId, 0).events();
    } catch (SQLException e) {
      throw OutboxContext.failure("Reading the stream of " + aggregateType + " " + aggregateId, e);
    }
  }

  /** The stream's version: the sequence of its last event, 0 when it has none. */
  public long version(String aggregateType, String aggregateId) {
    Objects.requireNonNull(aggregateType, "aggregateType");
    Objects.requireNonNull(aggregateId, "aggregateId");
    try (Connection connection = parts.context().dataSource().getConnection()) {
      return parts.reader().version(connection, aggregateType, aggregateId);
    } catch (SQLException e) {
      throw OutboxContext.failure("Reading the version of " + aggregateType + " " + aggregateId, e);
    }
  }

  /**
   * A commit step that runs the application's writes, appends the new events of the given
   * aggregates to their streams and stores every event of the unit of work with its deliveries, in
   * one transaction; what the outbox's {@link JdbcOutbox#transactional} does, plus the streams.
   *
   * @throws ConcurrentAppendException from the step, when a stream moved since its aggregate was
   *     loaded; nothing was written
   */
  public CommitStep saving(ConnectionWork work, EventSourcedAggregate<?, ?>... aggregates) {
    return saving(parts, work, targets(aggregates));
  }

  /**
   * Appends the new events of the given aggregates and stores every event with its deliveries
   * through a connection whose transaction the caller manages; the caller commits. The versions are
   * checked first, on that connection.
   *
   * @throws ConcurrentAppendException when a stream moved since its aggregate was loaded; roll the
   *     transaction back
   */
  public void write(
      Connection connection, CommittingEvents events, EventSourcedAggregate<?, ?>... aggregates)
      throws SQLException {
    write(parts, connection, events, targets(aggregates));
  }

  static CommitStep saving(
      EventStoreParts parts, ConnectionWork work, List<StreamAppends.Target> targets) {
    Objects.requireNonNull(work, "work");
    return events ->
        parts.writer().transactional(work, new StreamAppends(parts, targets)).commit(events);
  }

  static void write(
      EventStoreParts parts,
      Connection connection,
      CommittingEvents events,
      List<StreamAppends.Target> targets)
      throws SQLException {
    Objects.requireNonNull(connection, "connection");
    Objects.requireNonNull(events, "events");
    StreamAppends appends = new StreamAppends(parts, targets);
    appends.check(events);
    appends.verify(connection);
    try {
      parts.writer().write(connection, events, appends);
    } catch (SQLException e) {
      RuntimeException conflict = appends.explainInCallersTransaction(e);
      if (conflict != null) {
        throw conflict;
      }
      throw e;
    }
  }

  private static List<StreamAppends.Target> targets(EventSourcedAggregate<?, ?>[] aggregates) {
    Objects.requireNonNull(aggregates, "aggregates");
    List<StreamAppends.Target> targets = new ArrayList<>(aggregates.length);
    for (EventSourcedAggregate<?, ?> aggregate : aggregates) {
      targets.add(
          new StreamAppends.Target(
              Objects.requireNonNull(aggregate, "aggregates must not contain null"), null, null));
    }
    return targets;
  }
}
