package dev.herald.jdbc;

import dev.herald.runtime.EventSourcedAggregate;
import dev.herald.runtime.spi.CommittingEvents;
import dev.herald.runtime.spi.EventEnvelope;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One commit's appends to event-sourced streams: the aggregates' new events, checked against the
 * versions the aggregates were loaded at, their snapshots when due, and a refused write explained
 * as a {@link ConcurrentAppendException} when another append won. Made anew for every commit.
 */
final class StreamAppends implements StreamAppend {

  private static final Logger log = LoggerFactory.getLogger(StreamAppends.class);

  /** An aggregate to append, with the type its repository reads and its snapshots, if any. */
  record Target(EventSourcedAggregate<?, ?> aggregate, String readType, Snapshotting snapshots) {}

  /** One stream this commit appends to, from {@code expected} + 1 to {@code version}. */
  private record Stream(String type, String id, long expected, long version, Target target) {}

  private final EventStoreParts store;
  private final List<Target> targets;
  private final Map<String, Stream> streams = new HashMap<>();

  StreamAppends(EventStoreParts store, List<Target> targets) {
    this.store = store;
    this.targets = targets;
  }

  @Override
  public void check(CommittingEvents events) {
    streams.clear();
    for (Target target : targets) {
      List<EventEnvelope> pending = target.aggregate().uncommittedEvents();
      if (pending.isEmpty()) {
        continue;
      }
      String type = pending.get(0).aggregateType();
      String id = pending.get(0).aggregateId();
      if (target.readType() != null && !target.readType().equals(type)) {
        throw new IllegalArgumentException(
            target.aggregate().getClass().getName()
                + " names its aggregate type '"
                + type
                + "' in its events, but its repository reads streams of '"
                + target.readType()
                + "': give the repository aggregateType(\""
                + type
                + "\")");
      }
      long expected = target.aggregate().committedVersion();
      long next = expected + 1;
      for (EventEnvelope event : events.events()) {
        if (type.equals(event.aggregateType()) && id.equals(event.aggregateId())) {
          if (event.sequence() != next) {
            throw new IllegalStateException(
                type + " " + id + ": event #" + event.sequence() + " where #" + next + " was due");
          }
          next++;
        }
      }
      if (next - 1 - expected != pending.size()) {
        throw new IllegalStateException(
            type
                + " "
                + id
                + " has "
                + pending.size()
                + " uncommitted events, and the unit of work commits "
                + (next - 1 - expected)
                + " of them: register it with work.register(..) before the commit");
      }
      streams.put(key(type, id), new Stream(type, id, expected, next - 1, target));
    }
  }

  @Override
  public Long streamSequence(EventEnvelope event) {
    if (streams.isEmpty() || event.aggregateId() == null) {
      return null;
    }
    return streams.containsKey(key(event.aggregateType(), event.aggregateId()))
        ? event.sequence()
        : null;
  }

  @Override
  public void afterRows(Connection connection) throws SQLException {
    for (Stream stream : streams.values()) {
      Snapshotting snapshots = stream.target().snapshots();
      if (snapshots != null && snapshots.due(stream.expected(), stream.version())) {
        writeSnapshot(connection, stream, snapshots);
      }
    }
  }

  private void writeSnapshot(Connection connection, Stream stream, Snapshotting snapshots)
      throws SQLException {
    String state;
    try {
      state = snapshots.write(stream.target().aggregate());
    } catch (RuntimeException e) {
      // A snapshot only shortens loading; the append must not fail for it.
      log.warn(
          "No snapshot of {} {} at version {}", stream.type(), stream.id(), stream.version(), e);
      return;
    }
    try (PreparedStatement upsert = connection.prepareStatement(store.sql().upsertSnapshot)) {
      upsert.setString(1, stream.type());
      upsert.setString(2, stream.id());
      upsert.setLong(3, stream.version());
      upsert.setString(4, snapshots.revision());
      upsert.setString(5, state);
      store.context().columns().setInstant(upsert, 6, store.context().clock().instant());
      upsert.executeUpdate();
    }
  }

  /** Refuses, before anything is written, a stream that is no longer at its expected version. */
  void verify(Connection connection) throws SQLException {
    for (Stream stream : streams.values()) {
      long actual = store.reader().version(connection, stream.type(), stream.id());
      if (actual != stream.expected()) {
        throw conflict(stream, actual, null);
      }
    }
  }

  @Override
  public RuntimeException explain(SQLException failure) {
    if (streams.isEmpty()) {
      return null;
    }
    try (Connection connection = store.context().dataSource().getConnection()) {
      for (Stream stream : streams.values()) {
        long actual = store.reader().version(connection, stream.type(), stream.id());
        if (actual != stream.expected()) {
          return conflict(stream, actual, failure);
        }
      }
    } catch (SQLException unreadable) {
      failure.addSuppressed(unreadable);
    }
    return null;
  }

  /**
   * For a caller's transaction, which a refused write may have aborted: any integrity violation of
   * an append is a concurrent one, whose version cannot be read there.
   */
  RuntimeException explainInCallersTransaction(SQLException failure) {
    if (streams.isEmpty() || !integrityViolation(failure)) {
      return null;
    }
    Stream stream = streams.values().iterator().next();
    return conflict(stream, ConcurrentAppendException.UNKNOWN, failure);
  }

  private static ConcurrentAppendException conflict(Stream stream, long actual, Throwable cause) {
    return new ConcurrentAppendException(
        stream.type(), stream.id(), stream.expected(), actual, cause);
  }

  private static boolean integrityViolation(SQLException failure) {
    String state = failure.getSQLState();
    // SQLite's driver gives no SQLState; 19 is SQLITE_CONSTRAINT.
    return (state != null && state.startsWith("23"))
        || (state == null && failure.getErrorCode() == 19);
  }

  private static String key(String type, String id) {
    return type + '\u0000' + id;
  }
}
