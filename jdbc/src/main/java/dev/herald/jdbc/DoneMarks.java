package dev.herald.jdbc;

import dev.herald.jdbc.schema.Dialect;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A write-behind for {@code DONE} marks: successful deliveries are queued and marked done together,
 * many rows in one batched statement and one transaction, instead of one transaction each.
 *
 * <p>Safe because a delivery whose mark is still queued when the process dies stays {@code
 * PENDING}: it is redelivered after its lease (at least once; the inbox keeps effects
 * exactly-once), never lost. Its lease stays held, and renewed, until the mark is committed, so no
 * other node takes it over meanwhile. Marks the database refuses (it is down) stay queued and are
 * written again, with a capped back-off, until it takes them.
 */
final class DoneMarks implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(DoneMarks.class);
  private static final long FIRST_PAUSE_NANOS = TimeUnit.MILLISECONDS.toNanos(100);
  private static final long MAX_PAUSE_NANOS = TimeUnit.SECONDS.toNanos(5);

  private final OutboxContext context;
  private final long maxDelayNanos;
  private final int maxBatch;
  private final String threadName;

  /** Guards {@link #queue}, {@link #flusher} and {@link #closed}; the flusher waits on it. */
  private final Object lock = new Object();

  /** One flush at a time: a caller's flush then also covers marks a running flush had taken. */
  private final ReentrantLock flushing = new ReentrantLock();

  /** A set: a mark the bus reports again (after the database refused it) is written once. */
  private Set<Leases.Key> queue = new LinkedHashSet<>();

  /** Marks taken by a running flush, not yet committed. */
  private int inFlight;

  private Thread flusher;
  private Thread shutdownHook;
  private boolean closed;

  DoneMarks(OutboxContext context, Duration maxDelay, int maxBatch) {
    this.context = context;
    this.maxDelayNanos = maxDelay.toNanos();
    this.maxBatch = maxBatch;
    this.threadName = "herald-done-marks-" + context.nodeId();
  }

  /** Queues a delivery's mark; the background flusher writes it within the delay. */
  void add(Leases.Key key) {
    boolean closedAlready;
    synchronized (lock) {
      queue.add(key);
      closedAlready = closed;
      if (!closed) {
        startFlusher();
        if (queue.size() == 1 || queue.size() >= maxBatch) {
          lock.notifyAll();
        }
      }
    }
    if (closedAlready) {
      // A late success after close is written at once, as without write-behind.
      flush();
    }
  }

  /** How many marks are queued and not yet committed (a running flush's included). */
  int pending() {
    synchronized (lock) {
      return queue.size() + inFlight;
    }
  }

  /**
   * Writes every mark queued so far (and waits for a running flush) before returning.
   *
   * @throws OutboxStoreException when the database refuses; the marks stay queued for the next
   *     flush
   */
  void flush() {
    flushing.lock();
    try {
      Set<Leases.Key> batch;
      synchronized (lock) {
        if (queue.isEmpty()) {
          return;
        }
        batch = queue;
        queue = new LinkedHashSet<>();
        inFlight = batch.size();
      }
      boolean written = false;
      try {
        write(batch);
        written = true;
      } finally {
        synchronized (lock) {
          if (written) {
            // Released before the pending count drops, so that a caller comparing the two never
            // sees this batch as deliveries still in flight elsewhere.
            for (Leases.Key key : batch) {
              context.leases().release(key);
            }
          } else {
            // Kept for the next flush; until then the leases keep other nodes away.
            batch.addAll(queue);
            queue = batch;
          }
          inFlight = 0;
        }
      }
    } finally {
      flushing.unlock();
    }
  }

  private void write(Set<Leases.Key> marks) {
    // One row order for every writer, so two batches touching the same rows cannot deadlock.
    List<Leases.Key> batch = new ArrayList<>(marks);
    batch.sort(Leases.ROW_ORDER);
    Instant now = context.clock().instant();
    Transactions.RowBinder<Leases.Key> binder =
        (update, key) -> {
          // claimed_by stays, naming the node that finished the delivery.
          update.setString(1, context.nodeId());
          context.columns().setInstant(update, 2, now);
          context.columns().setUuid(update, 3, key.eventId());
          update.setString(4, key.routeId());
        };
    try {
      if (context.dialect() == Dialect.POSTGRESQL) {
        // No transaction of its own: PostgreSQL runs the batch's statements, sent together, in
        // one implicit transaction that ends at the batch's sync, one round trip instead of two
        // (the batch, then COMMIT). The marks need no atomicity anyway: each is one row's
        // idempotent update, and a batch that fails part-way stays queued and is written again
        // (a row already DONE is not updated twice). Elsewhere each auto-committed statement
        // would be a commit of its own, so they keep the explicit transaction.
        context.transactions().autoCommittedBatch(context.sql().markDone, batch, binder);
      } else {
        context.transactions().writeBatch(context.sql().markDone, batch, binder);
      }
    } catch (SQLException e) {
      throw OutboxContext.failure("Marking " + batch.size() + " deliveries done", e);
    }
  }

  /** Started on the first mark, so an outbox that never delivers owns no thread. */
  private void startFlusher() {
    if (flusher != null) {
      return;
    }
    flusher = new Thread(this::runFlusher, threadName);
    flusher.setDaemon(true);
    flusher.start();
    // A normal JVM exit without close() still writes the last marks (a SIGKILL cannot, see above).
    shutdownHook = new Thread(this::flushQuietly, threadName + "-exit");
    try {
      Runtime.getRuntime().addShutdownHook(shutdownHook);
    } catch (IllegalStateException shuttingDown) {
      shutdownHook = null;
    }
  }

  private void runFlusher() {
    long pause = FIRST_PAUSE_NANOS;
    boolean failing = false;
    while (true) {
      synchronized (lock) {
        try {
          while (queue.isEmpty() && !closed) {
            lock.wait();
          }
          if (closed) {
            return;
          }
          // Gather for up to the delay: one transaction for all marks that arrive meanwhile.
          long deadline = System.nanoTime() + maxDelayNanos;
          long left;
          while (queue.size() < maxBatch && !closed && (left = deadline - System.nanoTime()) > 0) {
            TimeUnit.NANOSECONDS.timedWait(lock, left);
          }
        } catch (InterruptedException e) {
          return;
        }
      }
      try {
        flush();
        if (failing) {
          log.info("DONE marks written again after the database refused them");
          failing = false;
          pause = FIRST_PAUSE_NANOS;
        }
      } catch (RuntimeException e) {
        if (!failing) {
          log.warn(
              "Writing DONE marks failed; they stay queued and are written again (the deliveries"
                  + " keep their leases)",
              e);
          failing = true;
        } else {
          log.debug("Writing DONE marks failed again: {}", e.getMessage());
        }
        try {
          TimeUnit.NANOSECONDS.sleep(pause);
        } catch (InterruptedException interrupted) {
          return;
        }
        pause = Math.min(pause * 2, MAX_PAUSE_NANOS);
      }
    }
  }

  private void flushQuietly() {
    try {
      flush();
    } catch (RuntimeException e) {
      log.warn("DONE marks not written at exit; those deliveries will be redelivered", e);
    }
  }

  /** Stops the flusher and writes what is queued; later marks are written at once. */
  @Override
  public void close() {
    Thread running;
    synchronized (lock) {
      closed = true;
      running = flusher;
      lock.notifyAll();
    }
    if (running != null) {
      try {
        running.join(TimeUnit.SECONDS.toMillis(10));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    Thread hook;
    synchronized (lock) {
      hook = shutdownHook;
      shutdownHook = null;
    }
    if (hook != null) {
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException shuttingDown) {
        // The JVM is exiting and runs the hook itself.
      }
    }
    flush();
  }
}
