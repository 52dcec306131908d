package dev.herald.jdbc;

import dev.herald.runtime.RetryPolicy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a tracker's batches: reads the events after its position, calls the projection with each one
 * it takes, parks the unreadable ones, and moves the position, all in one transaction when the
 * projection writes through its {@link ProjectionTransaction}, so that a crash repeats no effect.
 *
 * <p>An event the projection fails on is retried alone with the retry policy's backoff, the tracker
 * waiting meanwhile (later events, of any aggregate, keep their order behind it), and parked once
 * the attempts are spent. With a transaction, the failed batch is rolled back and the events before
 * the failing one are run again and committed first; without one (the projection keeps its state
 * elsewhere, e.g. through the inbox), their effects stand and only the position is written.
 */
final class TrackerBatches {

  private static final Logger log = LoggerFactory.getLogger(TrackerBatches.class);

  /** What a batch did. */
  enum Outcome {
    /** Events were read (the position moved): there may be more. */
    PROGRESS,
    /** Nothing new can be read yet: a position below a visible event may still commit. */
    WAITING_AT_GAP,
    /** Nothing after the position. */
    IDLE,
    /** Another node holds the tracker's lease. */
    NOT_OWNER
  }

  /** A batch's outcome and how many events the projection took. */
  record Result(Outcome outcome, int handled) {}

  /** The projection failed on the entry at {@code index}; unwinds the batch's transaction. */
  private static final class Failed extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int index;
    final transient HistoryReader.Batch batch;
    final long before;

    Failed(int index, HistoryReader.Batch batch, long before, Throwable failure) {
      super(failure.getMessage(), failure, false, false);
      this.index = index;
      this.batch = batch;
      this.before = before;
    }
  }

  private final OutboxContext context;
  private final TrackerTable table;
  private final HistoryReader reader;
  private final ProjectionRoutes routes;
  private final ProjectionTransaction transaction;
  private final RetryPolicy policy;
  private final int batchSize;
  private final String trackerId;

  TrackerBatches(
      OutboxContext context,
      TrackerTable table,
      HistoryReader reader,
      ProjectionRoutes routes,
      ProjectionTransaction transaction,
      RetryPolicy policy,
      int batchSize,
      String trackerId) {
    this.context = context;
    this.table = table;
    this.reader = reader;
    this.routes = routes;
    this.transaction = transaction;
    this.policy = policy;
    this.batchSize = batchSize;
    this.trackerId = trackerId;
  }

  /**
   * Runs one batch, with the retries of an event the projection fails on.
   *
   * @throws InterruptedException when interrupted while waiting for a retry
   */
  Result run() throws SQLException, InterruptedException {
    try {
      return transaction != null ? inTransaction(Long.MAX_VALUE) : outside();
    } catch (Failed failed) {
      int handled = 0;
      if (failed.index > 0) {
        // Rolled back: the events before the failing one are run again, and committed.
        long upTo = failed.batch.entries().get(failed.index - 1).position();
        handled = inTransaction(upTo).handled();
      }
      HistoryReader.Entry entry = failed.batch.entries().get(failed.index);
      long before =
          failed.index > 0
              ? failed.batch.entries().get(failed.index - 1).position()
              : failed.before;
      return new Result(Outcome.PROGRESS, handled + retry(entry, before, failed.getCause()));
    }
  }

  /** The whole batch in one transaction: the projection's writes, parked events, position. */
  private Result inTransaction(long upTo) throws SQLException {
    return context
        .transactions()
        .write(
            connection -> {
              if (!table.claim(connection)) {
                return new Result(Outcome.NOT_OWNER, 0);
              }
              long position = table.position(connection);
              HistoryReader.Batch batch = reader.read(connection, position, upTo, batchSize);
              List<TrackerTable.Parked> parked = new ArrayList<>();
              int handled = 0;
              for (int i = 0; i < batch.entries().size(); i++) {
                HistoryReader.Entry entry = batch.entries().get(i);
                if (entry.unreadable() != null) {
                  parked.add(unreadable(entry));
                } else if (entry.envelope() != null) {
                  Throwable failure = call(connection, entry, 1);
                  if (failure != null) {
                    throw new Failed(i, batch, position, failure);
                  }
                  handled++;
                }
              }
              return finish(connection, position, batch, parked, handled);
            });
  }

  /**
   * The projection's effects outside the tracker's transactions: the batch is read, the projection
   * called, then the position written; a crash in between repeats the calls (the inbox makes their
   * effects once).
   */
  private Result outside() throws SQLException {
    Long position =
        context
            .transactions()
            .write(connection -> table.claim(connection) ? table.position(connection) : null);
    if (position == null) {
      return new Result(Outcome.NOT_OWNER, 0);
    }
    HistoryReader.Batch batch;
    try (Connection connection = context.dataSource().getConnection()) {
      batch = reader.read(connection, position, Long.MAX_VALUE, batchSize);
    }
    List<TrackerTable.Parked> parked = new ArrayList<>();
    int handled = 0;
    List<HistoryReader.Entry> done = batch.entries();
    Failed failed = null;
    for (int i = 0; i < batch.entries().size(); i++) {
      HistoryReader.Entry entry = batch.entries().get(i);
      if (entry.unreadable() != null) {
        parked.add(unreadable(entry));
      } else if (entry.envelope() != null) {
        Throwable failure = call(null, entry, 1);
        if (failure != null) {
          done = batch.entries().subList(0, i);
          failed = new Failed(i, batch, position, failure);
          break;
        }
        handled++;
      }
    }
    HistoryReader.Batch committed = new HistoryReader.Batch(done, batch.waiting());
    int finished = handled;
    Result result =
        context
            .transactions()
            .write(connection -> finish(connection, position, committed, parked, finished));
    if (failed == null) {
      return result;
    }
    HistoryReader.Entry entry = batch.entries().get(failed.index);
    long before = committed.last(position);
    try {
      return new Result(Outcome.PROGRESS, handled + retry(entry, before, failed.getCause()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Result(Outcome.PROGRESS, handled);
    }
  }

  private Result finish(
      Connection connection,
      long position,
      HistoryReader.Batch batch,
      List<TrackerTable.Parked> parked,
      int handled)
      throws SQLException {
    table.park(connection, parked);
    long last = batch.last(position);
    if (last == position) {
      return new Result(batch.waiting() ? Outcome.WAITING_AT_GAP : Outcome.IDLE, 0);
    }
    move(connection, position, last);
    return new Result(Outcome.PROGRESS, handled);
  }

  /**
   * Retries the entry alone until it succeeds or its attempts are spent, then parks it.
   *
   * @return 1 when the projection took it, 0 when it was parked
   */
  private int retry(HistoryReader.Entry entry, long before, Throwable first)
      throws SQLException, InterruptedException {
    Throwable last = first;
    logFailure(entry, 1, last);
    for (int attempt = 2; attempt <= policy.maxAttempts(); attempt++) {
      Thread.sleep(
          policy.delayAfter(attempt - 1, ThreadLocalRandom.current().nextDouble()).toMillis());
      Throwable failure =
          transaction != null
              ? attemptInside(entry, before, attempt)
              : attemptOutside(entry, before, attempt);
      if (failure == null) {
        return 1;
      }
      last = failure;
      logFailure(entry, attempt, last);
    }
    park(entry, before, last);
    return 0;
  }

  /** One attempt whose effects and position commit together; returns the failure, or null. */
  private Throwable attemptInside(HistoryReader.Entry entry, long before, int attempt)
      throws SQLException {
    try {
      return context
          .transactions()
          .write(
              connection -> {
                requireOwner(connection);
                Throwable failure = call(connection, entry, attempt);
                if (failure != null) {
                  throw new Failed(0, null, before, failure);
                }
                move(connection, before, entry.position());
                return null;
              });
    } catch (Failed failed) {
      return failed.getCause();
    }
  }

  /** One attempt with effects elsewhere, then the position; returns the failure, or null. */
  private Throwable attemptOutside(HistoryReader.Entry entry, long before, int attempt)
      throws SQLException {
    context.transactions().write(this::requireOwner);
    Throwable failure = call(null, entry, attempt);
    if (failure == null) {
      context
          .transactions()
          .write(
              connection -> {
                move(connection, before, entry.position());
                return null;
              });
    }
    return failure;
  }

  private void park(HistoryReader.Entry entry, long before, Throwable cause) throws SQLException {
    log.error(
        "Tracker {} parked event at position {} ({}) after {} attempts",
        trackerId,
        entry.position(),
        entry.typeName(),
        policy.maxAttempts(),
        cause);
    TrackerTable.Parked parked =
        new TrackerTable.Parked(
            entry.position(), entry.eventId(), entry.typeName(), policy.maxAttempts(), cause);
    context
        .transactions()
        .write(
            connection -> {
              requireOwner(connection);
              table.park(connection, List.of(parked));
              move(connection, before, entry.position());
              return null;
            });
  }

  private void move(Connection connection, long from, long to) throws SQLException {
    if (!table.move(connection, from, to)) {
      throw new IllegalStateException(movedMessage());
    }
  }

  /** Calls the projection with the entry's event; returns what it failed with, or null. */
  private Throwable call(Connection connection, HistoryReader.Entry entry, int attempt) {
    if (connection != null) {
      transaction.bind(connection);
    }
    try {
      routes.invoke(entry.envelope(), attempt);
      return null;
    } catch (Exception | StackOverflowError | AssertionError failure) {
      return failure;
    } finally {
      if (connection != null) {
        transaction.unbind();
      }
    }
  }

  private Void requireOwner(Connection connection) throws SQLException {
    if (!table.claim(connection)) {
      throw new IllegalStateException(
          "Tracker " + trackerId + " lost its lease to " + table.currentOwner(connection));
    }
    return null;
  }

  private TrackerTable.Parked unreadable(HistoryReader.Entry entry) {
    log.warn(
        "Tracker {} parked unreadable event at position {}: {}",
        trackerId,
        entry.position(),
        entry.unreadable().getMessage());
    return new TrackerTable.Parked(
        entry.position(), entry.eventId(), entry.typeName(), 0, entry.unreadable());
  }

  private void logFailure(HistoryReader.Entry entry, int attempt, Throwable failure) {
    log.warn(
        "Tracker {}: {} failed on event at position {} ({}), attempt {} of {}: {}",
        trackerId,
        routes.projection().getSimpleName(),
        entry.position(),
        entry.typeName(),
        attempt,
        policy.maxAttempts(),
        failure.toString());
  }

  private String movedMessage() {
    return "Tracker "
        + trackerId
        + " was moved by a reset or another node meanwhile; the batch was not recorded";
  }
}
