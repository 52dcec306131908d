package dev.herald.jdbc;

import dev.herald.runtime.CommitFailedException;
import dev.herald.runtime.CommitOutcomeUnknownException;
import dev.herald.runtime.spi.CommitStep;
import dev.herald.runtime.spi.CommittingEvents;
import dev.herald.runtime.spi.Delivery;
import dev.herald.runtime.spi.EventEnvelope;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Writes a unit of work's events and their deliveries in the application's transaction, claimed by
 * this node for one lease because the bus delivers them right after the commit.
 */
final class OutboxWriter {

  private final OutboxContext context;
  private final Codecs codecs;

  OutboxWriter(OutboxContext context, Codecs codecs) {
    this.context = context;
    this.codecs = codecs;
  }

  /**
   * A commit step that runs the application's writes and stores the events and deliveries in one
   * transaction: both commit, or both roll back.
   *
   * <p>What a failure means to the caller: the application's own exception is rethrown as it is
   * (rolled back); a database that cannot be reached throws {@link CommitFailedException} saying
   * nothing was committed; a failure of {@code COMMIT} itself throws {@link
   * CommitOutcomeUnknownException}, because the database may have committed (its events are then
   * delivered by a relay once the lease ends); any other database error is rethrown (rolled back).
   */
  CommitStep transactional(ConnectionWork work) {
    return transactional(work, StreamAppend.NONE);
  }

  /**
   * As {@link #transactional(ConnectionWork)}, appending the events of {@code streams}' aggregates
   * to their event-sourced streams in the same transaction; a write the database refuses is
   * explained by {@code streams} after the rollback (a concurrent append, say).
   */
  CommitStep transactional(ConnectionWork work, StreamAppend streams) {
    Objects.requireNonNull(work, "work");
    Objects.requireNonNull(streams, "streams");
    return events -> {
      streams.check(events);
      Instant claimedUntil;
      try {
        claimedUntil =
            context
                .transactions()
                .writeAppending(
                    connection -> {
                      work.run(connection);
                      // Nothing runs after a plain outbox's rows, so they may end the transaction.
                      Instant until =
                          writeRows(connection, events, streams, streams == StreamAppend.NONE);
                      streams.afterRows(connection);
                      return until;
                    });
      } catch (UncertainCommitException e) {
        if (e.rolledBack()) {
          throw explained(streams, e);
        }
        throw new CommitOutcomeUnknownException(
            "COMMIT of "
                + events.events().size()
                + " events failed on the outbox database, which may have committed them: "
                + e.getMessage()
                + "; if it did, a relay delivers them once after the lease ("
                + context.lease()
                + "); reload before retrying the operation",
            e);
      } catch (SQLException e) {
        if (Transactions.unreachable(e)) {
          throw new CommitFailedException(
              "The outbox database is unavailable ("
                  + e.getMessage()
                  + "); the transaction was rolled back, nothing was committed or published",
              e);
        }
        throw explained(streams, e);
      }
      holdLeases(events, claimedUntil);
      if (!events.events().isEmpty()) {
        context.appends().appended();
      }
    };
  }

  /** The stream's explanation of a refused write (rolled back), or the failure itself. */
  private static Exception explained(StreamAppend streams, SQLException failure) {
    RuntimeException explained = streams.explain(failure);
    return explained != null ? explained : failure;
  }

  /**
   * Stores the events and deliveries through a connection whose transaction the caller manages; the
   * caller commits.
   */
  void write(Connection connection, CommittingEvents events) throws SQLException {
    write(connection, events, StreamAppend.NONE);
  }

  /**
   * As {@link #write(Connection, CommittingEvents)}, appending the events of {@code streams}'
   * aggregates to their streams.
   */
  void write(Connection connection, CommittingEvents events, StreamAppend streams)
      throws SQLException {
    streams.check(events);
    Instant claimedUntil = writeRows(connection, events, streams, false);
    streams.afterRows(connection);
    // Held before the commit is known; a rolled-back row is dropped at the next lease renewal.
    holdLeases(events, claimedUntil);
  }

  /**
   * Stores the rows; with {@code commit}, the database may commit the transaction in the same round
   * trip (PostgreSQL), and the caller's commit then has nothing left to do.
   *
   * @throws UncertainCommitException when the connection broke while the rows and the commit were
   *     on their way: the database may have committed them
   */
  private Instant writeRows(
      Connection connection, CommittingEvents events, StreamAppend streams, boolean commit)
      throws SQLException {
    Instant now = context.clock().instant();
    Instant claimedUntil = now.plus(context.lease());
    if (events.events().isEmpty() && events.deliveries().isEmpty()) {
      return claimedUntil;
    }
    if (context.sql().insertRows != null) {
      insertInOneStatement(connection, events, streams, now, claimedUntil, commit);
      return claimedUntil;
    }
    orderAppends(connection);
    try (PreparedStatement insert = connection.prepareStatement(context.sql().insertEvent)) {
      for (EventEnvelope envelope : events.events()) {
        bindEvent(insert, envelope, now, streams.streamSequence(envelope));
        insert.addBatch();
      }
      insert.executeBatch();
    }
    try (PreparedStatement insert = connection.prepareStatement(context.sql().insertDelivery)) {
      for (Delivery delivery : events.deliveries()) {
        bindDelivery(insert, delivery, now, claimedUntil);
        insert.addBatch();
      }
      insert.executeBatch();
    }
    return claimedUntil;
  }

  /**
   * Runs what the dialect needs before events get their positions one statement at a time (see
   * {@link OutboxSql#orderAppends}).
   */
  void orderAppends(Connection connection) throws SQLException {
    String sql = context.sql().orderAppends;
    if (sql != null) {
      try (Statement statement = connection.createStatement()) {
        statement.execute(sql);
      }
    }
  }

  /**
   * PostgreSQL: events and deliveries as arrays, one statement and one round trip; with {@code
   * commit}, followed by {@code COMMIT} in the same round trip. If the statement fails, the server
   * skips the {@code COMMIT} (it discards what follows a failed message until the sync) and the
   * caller rolls back as before; a failing {@code COMMIT} rolls back by itself. Only a connection
   * that breaks meanwhile leaves the outcome unknown.
   */
  private void insertInOneStatement(
      Connection connection,
      CommittingEvents events,
      StreamAppend streams,
      Instant now,
      Instant claimedUntil,
      boolean commit)
      throws SQLException {
    List<EventEnvelope> envelopes = events.events();
    int n = envelopes.size();
    String[] ids = new String[n];
    String[] types = new String[n];
    String[] payloads = new String[n];
    String[] aggregateTypes = new String[n];
    String[] aggregateIds = new String[n];
    Long[] sequences = new Long[n];
    Long[] streamSequences = new Long[n];
    String[] occurred = new String[n];
    String[] traces = new String[n];
    for (int i = 0; i < n; i++) {
      EventEnvelope envelope = envelopes.get(i);
      Object event = envelope.event();
      ids[i] = envelope.eventId().toString();
      types[i] = codecs.typeName(event);
      payloads[i] = codecs.encode(event);
      aggregateTypes[i] = envelope.aggregateType();
      aggregateIds[i] = envelope.aggregateId();
      sequences[i] = envelope.sequence();
      streamSequences[i] = streams.streamSequence(envelope);
      occurred[i] = envelope.occurredAt().toString();
      traces[i] = envelope.traceparent();
    }
    List<Delivery> deliveries = events.deliveries();
    String[] deliveryIds = new String[deliveries.size()];
    String[] routes = new String[deliveries.size()];
    for (int i = 0; i < deliveryIds.length; i++) {
      deliveryIds[i] = deliveries.get(i).envelope().eventId().toString();
      routes[i] = deliveries.get(i).routeId();
    }
    String sql = commit ? context.sql().insertRowsAndCommit : context.sql().insertRows;
    try (PreparedStatement insert = connection.prepareStatement(sql)) {
      insert.setString(1, now.toString());
      insert.setArray(2, textArray(connection, ids));
      insert.setArray(3, textArray(connection, types));
      insert.setArray(4, textArray(connection, payloads));
      insert.setArray(5, textArray(connection, aggregateTypes));
      insert.setArray(6, textArray(connection, aggregateIds));
      insert.setArray(7, connection.createArrayOf("int8", sequences));
      insert.setArray(8, connection.createArrayOf("int8", streamSequences));
      insert.setArray(9, textArray(connection, occurred));
      insert.setArray(10, textArray(connection, traces));
      insert.setString(11, now.toString());
      insert.setString(12, context.nodeId());
      insert.setString(13, claimedUntil.toString());
      insert.setString(14, now.toString());
      insert.setArray(15, textArray(connection, deliveryIds));
      insert.setArray(16, textArray(connection, routes));
      insert.executeUpdate();
    } catch (SQLException e) {
      if (commit && Transactions.unreachable(e)) {
        throw new UncertainCommitException(e);
      }
      throw e;
    }
  }

  private static Array textArray(Connection connection, Object[] values) throws SQLException {
    return connection.createArrayOf("text", values);
  }

  /**
   * Binds an event row: id, type, payload, aggregate, sequence, occurred and stored instants, its
   * sequence in an event-sourced stream or null, and the trace it was committed in or null.
   */
  void bindEvent(PreparedStatement insert, EventEnvelope envelope, Instant now, Long streamSequence)
      throws SQLException {
    Object event = envelope.event();
    context.columns().setUuid(insert, 1, envelope.eventId());
    insert.setString(2, codecs.typeName(event));
    insert.setString(3, codecs.encode(event));
    insert.setString(4, envelope.aggregateType());
    insert.setString(5, envelope.aggregateId());
    insert.setLong(6, envelope.sequence());
    context.columns().setInstant(insert, 7, envelope.occurredAt());
    context.columns().setInstant(insert, 8, now);
    if (streamSequence == null) {
      insert.setNull(9, Types.BIGINT);
    } else {
      insert.setLong(9, streamSequence);
    }
    insert.setString(10, envelope.traceparent());
  }

  /** Binds a pending delivery row claimed by this node until {@code until}. */
  void bindDelivery(PreparedStatement insert, Delivery delivery, Instant now, Instant until)
      throws SQLException {
    context.columns().setUuid(insert, 1, delivery.envelope().eventId());
    insert.setString(2, delivery.routeId());
    context.columns().setInstant(insert, 3, now);
    insert.setString(4, context.nodeId());
    context.columns().setInstant(insert, 5, until);
    context.columns().setInstant(insert, 6, now);
  }

  private void holdLeases(CommittingEvents events, Instant claimedUntil) {
    for (Delivery delivery : events.deliveries()) {
      context.leases().hold(delivery.envelope().eventId(), delivery.routeId(), claimedUntil);
    }
  }
}
