package dev.herald.jdbc;

import dev.herald.runtime.RetryPolicy;
import dev.herald.runtime.generated.HandlerTable;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Feeds one projection class every stored event it handles, in the order the events were stored,
 * from a durable position: a new or {@link #reset} projection catches up over the whole history,
 * then follows new commits (woken at once by this process's commits, by polling for other
 * processes'). The position moves in the same transaction as the projection's writes through its
 * {@link ProjectionTransaction}, so after a crash nothing is lost and nothing is applied twice.
 *
 * <p>The tracker is the projection's only feed: build the bus with {@link LiveTables#without} so
 * that it does not deliver to the projection too. One node at a time runs a tracker id (a lease in
 * its row).
 *
 * <pre>{@code
 * ProjectionTransaction tx = new ProjectionTransaction();
 * SalesReport report = new SalesReport(tx);
 * try (ProjectionTracker tracker =
 *     outbox.projection("sales-report", new PizzeriaHandlerTable(report), SalesReport.class)
 *         .transaction(tx)
 *         .build()
 *         .start()) { ... }
 * }</pre>
 */
public final class ProjectionTracker implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(ProjectionTracker.class);

  /** How long to wait before reading again at a gap that a transaction in flight may fill. */
  private static final long GAP_WAIT_MILLIS = 10;

  private final OutboxContext context;
  private final String trackerId;
  private final TrackerTable table;
  private final HistoryReader reader;
  private final TrackerBatches batches;
  private final Duration pollInterval;
  private final ReentrantLock running = new ReentrantLock();
  private final Semaphore wake = new Semaphore(0);
  private final Runnable signal = wake::release;
  private volatile boolean stopped;
  private Thread thread;

  private ProjectionTracker(Builder builder) {
    this.context = builder.context;
    this.trackerId = builder.trackerId;
    TrackerSql sql = new TrackerSql(context.tables(), context.dialect());
    ProjectionRoutes routes =
        new ProjectionRoutes(builder.table, builder.projection, builder.timeout);
    this.table = new TrackerTable(context, sql, trackerId, context.nodeId());
    this.reader = new HistoryReader(context, sql, routes);
    this.batches =
        new TrackerBatches(
            context,
            table,
            reader,
            routes,
            builder.transaction,
            builder.policy,
            builder.batchSize,
            trackerId);
    this.pollInterval = builder.pollInterval;
    inTransaction("Creating the row of tracker " + trackerId, TrackerStep.CREATE);
  }

  /** The tracker's id, the key of its durable position. */
  public String trackerId() {
    return trackerId;
  }

  /**
   * Runs batches on the calling thread until nothing after the position can be read yet.
   *
   * @return how many events the projection took
   * @throws IllegalStateException when another node holds the tracker's lease
   * @throws OutboxStoreException when the database cannot be reached
   */
  public long catchUp() {
    running.lock();
    try {
      long handled = 0;
      while (true) {
        TrackerBatches.Result result = batches.run();
        handled += result.handled();
        switch (result.outcome()) {
          case PROGRESS -> {}
          case IDLE -> {
            return handled;
          }
          case WAITING_AT_GAP -> Thread.sleep(GAP_WAIT_MILLIS);
          case NOT_OWNER ->
              throw new IllegalStateException(
                  "Tracker " + trackerId + " is run by another node (its lease is held)");
        }
      }
    } catch (SQLException e) {
      throw OutboxContext.failure("Running tracker " + trackerId, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while tracker " + trackerId + " waited", e);
    } finally {
      running.unlock();
    }
  }

  /**
   * Follows the events on a daemon thread until {@link #close()}: catches up, then reads new events
   * as soon as a commit of this process stored some, and at every poll interval. A failure (the
   * database is down) is logged and tried again at the next poll.
   */
  public synchronized ProjectionTracker start() {
    if (thread != null) {
      throw new IllegalStateException("Tracker " + trackerId + " already started");
    }
    context.appends().add(signal);
    thread = new Thread(this::follow, "herald-tracker-" + trackerId);
    thread.setDaemon(true);
    thread.start();
    return this;
  }

  private void follow() {
    boolean failing = false;
    while (!stopped) {
      long waitMillis = pollInterval.toMillis();
      running.lock();
      try {
        TrackerBatches.Result result = batches.run();
        failing = false;
        switch (result.outcome()) {
          case PROGRESS -> waitMillis = 0;
          case WAITING_AT_GAP -> waitMillis = GAP_WAIT_MILLIS;
          case IDLE, NOT_OWNER -> {}
        }
      } catch (InterruptedException e) {
        return;
      } catch (SQLException | RuntimeException e) {
        if (!failing) {
          log.warn("Tracker {} failed; retrying at every poll", trackerId, e);
          failing = true;
        }
      } finally {
        running.unlock();
      }
      if (waitMillis > 0) {
        try {
          wake.tryAcquire(waitMillis, TimeUnit.MILLISECONDS);
          wake.drainPermits();
        } catch (InterruptedException e) {
          return;
        }
      }
    }
  }

  /** The stored position: the {@code stored_order} of the last event the tracker has passed. */
  public long position() {
    return inTransaction("Reading the position of tracker " + trackerId, TrackerStep.POSITION);
  }

  /**
   * Sets the position back to 0 and forgets the parked events, so that the projection is rebuilt
   * from the first stored event; clear the projection's own state in the same breath.
   *
   * @throws IllegalStateException when another node holds the tracker's lease
   */
  public void reset() {
    running.lock();
    try {
      inTransaction("Resetting tracker " + trackerId, TrackerStep.RESET);
      reader.forget();
    } finally {
      running.unlock();
    }
  }

  /** The events the tracker parked (its projection failed on them, or they could not be read). */
  public List<ProjectionDeadLetter> deadLetters() {
    try (var connection = context.dataSource().getConnection()) {
      return table.deadLetters(connection);
    } catch (SQLException e) {
      throw OutboxContext.failure("Reading the dead letters of tracker " + trackerId, e);
    }
  }

  /**
   * Forgets a parked event (after fixing what it failed on and applying it by hand, say).
   *
   * @return false when none is parked at that position
   */
  public boolean unpark(long position) {
    try (var connection = context.dataSource().getConnection()) {
      return table.unpark(connection, position);
    } catch (SQLException e) {
      throw OutboxContext.failure("Unparking in tracker " + trackerId, e);
    }
  }

  /** Stops following (waiting for the batch in progress) and gives up the lease. */
  @Override
  public void close() {
    Thread following;
    synchronized (this) {
      stopped = true;
      following = thread;
    }
    if (following != null) {
      context.appends().remove(signal);
      wake.release();
      try {
        following.join(TimeUnit.SECONDS.toMillis(30));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    try {
      inTransaction("Releasing tracker " + trackerId, TrackerStep.RELEASE);
    } catch (RuntimeException e) {
      log.warn("Tracker {} could not release its lease; it ends with the lease", trackerId, e);
    }
  }

  /** The operations on the tracker's row that run in a transaction of their own. */
  private enum TrackerStep {
    CREATE,
    POSITION,
    RESET,
    RELEASE
  }

  private long inTransaction(String what, TrackerStep step) {
    try {
      return context
          .transactions()
          .write(
              connection -> {
                switch (step) {
                  case CREATE -> table.create(connection);
                  case POSITION -> {
                    return table.position(connection);
                  }
                  case RESET -> {
                    if (!table.claim(connection)) {
                      throw new IllegalStateException(
                          "Tracker " + trackerId + " is run by another node (its lease is held)");
                    }
                    table.reset(connection);
                  }
                  case RELEASE -> table.release(connection);
                }
                return 0L;
              });
    } catch (SQLException e) {
      throw OutboxContext.failure(what, e);
    }
  }

  /** Configures a {@link ProjectionTracker}; from {@link JdbcOutbox#projection}. */
  public static final class Builder {

    private final OutboxContext context;
    private final String trackerId;
    private final HandlerTable table;
    private final Class<?> projection;
    private ProjectionTransaction transaction;
    private RetryPolicy policy = RetryPolicy.defaults();
    private int batchSize = 500;
    private Duration pollInterval = Duration.ofSeconds(1);
    private Duration timeout = Duration.ofSeconds(30);

    Builder(OutboxContext context, String trackerId, HandlerTable table, Class<?> projection) {
      if (trackerId == null || trackerId.isBlank() || trackerId.length() > 200) {
        throw new IllegalArgumentException(
            "Invalid tracker id '"
                + trackerId
                + "': give a non-blank id of at most 200 characters");
      }
      this.context = context;
      this.trackerId = trackerId;
      this.table = Objects.requireNonNull(table, "table");
      this.projection = Objects.requireNonNull(projection, "projection");
    }

    /**
     * The transaction the projection writes through: its writes and the position commit together,
     * so a crash repeats no effect. Without one, the projection's effects happen before the
     * position is written, and a crash in between repeats them (make them idempotent, e.g. with the
     * inbox).
     */
    public Builder transaction(ProjectionTransaction transaction) {
      this.transaction = Objects.requireNonNull(transaction, "transaction");
      return this;
    }

    /** Attempts and backoff for an event the projection fails on, before it is parked. */
    public Builder retryPolicy(RetryPolicy policy) {
      this.policy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /** How many events one transaction reads and applies; 500 by default. */
    public Builder batchSize(int batchSize) {
      if (batchSize < 1 || batchSize > 100_000) {
        throw new IllegalArgumentException(
            "Invalid batch size " + batchSize + ": give 1 to 100000 events");
      }
      this.batchSize = batchSize;
      return this;
    }

    /** How often a started tracker looks for events other processes committed; 1 s by default. */
    public Builder pollInterval(Duration pollInterval) {
      if (pollInterval == null || pollInterval.isNegative() || pollInterval.isZero()) {
        throw new IllegalArgumentException(
            "Invalid poll interval " + pollInterval + ": it must be positive");
      }
      this.pollInterval = pollInterval;
      return this;
    }

    /** How long a handler's returned stage may take before it counts as failed; 30 s default. */
    public Builder handlerTimeout(Duration timeout) {
      if (timeout == null || timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException("Invalid timeout " + timeout + ": it must be positive");
      }
      this.timeout = timeout;
      return this;
    }

    /**
     * The tracker, its row created at position 0 unless it exists.
     *
     * @throws IllegalArgumentException when the table has no route of the projection class, or one
     *     that runs inside the unit of work (IMMEDIATE)
     */
    public ProjectionTracker build() {
      return new ProjectionTracker(this);
    }
  }
}
