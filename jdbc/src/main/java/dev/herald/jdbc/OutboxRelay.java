package dev.herald.jdbc;

import dev.herald.runtime.spi.DeliveryPort;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Recovers deliveries that are not done and whose lease ran out (their node died, or they were
 * never claimed): claims them for this node and hands them to the bus's {@link
 * DeliveryPort#redeliver}; rows that cannot be read become dead letters with the reason, and the
 * relay goes on with the others.
 *
 * <p>It polls only for recovery: the common path delivers right after commit. Each poll also renews
 * the leases of this node's own slow deliveries, so run one relay on every node. A poll that fails
 * (the database is down) is logged and the next poll tries again; the relay's thread never dies of
 * it.
 */
public final class OutboxRelay implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

  private final OutboxContext context;
  private final DeliveryPort port;
  private final Runnable flushMarks;
  private final Claims claims;
  private final Duration pollInterval;
  private final int batchSize;
  private final int maxInFlight;
  private ScheduledExecutorService scheduler;
  private boolean failing;

  private OutboxRelay(Builder builder) {
    this.context = builder.context;
    this.port = builder.port;
    this.flushMarks = builder.flushMarks;
    this.claims = new Claims(context);
    this.pollInterval = builder.pollInterval;
    this.batchSize = builder.batchSize;
    this.maxInFlight = builder.maxInFlight;
  }

  /** Polls every poll interval on a daemon thread until {@link #close()}; starts with a poll. */
  public synchronized OutboxRelay start() {
    if (scheduler != null) {
      throw new IllegalStateException("Relay already started");
    }
    scheduler =
        Executors.newSingleThreadScheduledExecutor(
            runnable -> {
              Thread thread = new Thread(runnable, "herald-relay-" + context.nodeId());
              thread.setDaemon(true);
              return thread;
            });
    scheduler.scheduleWithFixedDelay(
        this::pollQuietly, 0, pollInterval.toMillis(), TimeUnit.MILLISECONDS);
    return this;
  }

  private void pollQuietly() {
    try {
      poll();
      if (failing) {
        log.info("Relay polls again after {} failed", context.tables().deliveries());
        failing = false;
      }
    } catch (RuntimeException e) {
      // Once with the stack trace, then one line per poll until the database is back.
      if (!failing) {
        log.warn("Relay poll failed; retrying at every poll", e);
        failing = true;
      } else {
        log.debug("Relay poll failed again: {}", e.getMessage());
      }
    }
  }

  /**
   * One poll: renews this node's leases, then claims and hands over due deliveries batch after
   * batch until none is left or this node holds {@code maxInFlight} unsettled deliveries.
   *
   * @return how many deliveries were handed to the bus (dead-lettered ones not counted)
   */
  public int poll() {
    int handed = 0;
    while (true) {
      // Renewed per batch: a long recovery must not let its own first claims run out.
      context.leases().renew(context);
      if (context.leases().size() >= maxInFlight) {
        // This node is busy enough; the rest waits for the next poll (or another node).
        return handed;
      }
      Claims.Batch batch = claims.claim(batchSize);
      handed += handOver(batch.claimed());
      if (batch.seen() < batchSize) {
        return handed;
      }
    }
  }

  /** Claims up to one batch and hands it over; for tests that need to interleave relays. */
  public int pollOnce() {
    return handOver(claims.claim(batchSize).claimed());
  }

  private int handOver(List<Claims.Claimed> claimed) {
    int handed = 0;
    for (Claims.Claimed item : claimed) {
      try {
        port.redeliver(item.delivery(), item.attemptsMade() + 1);
        handed++;
      } catch (RuntimeException e) {
        // Left to its lease, no longer renewed: it comes back when the lease runs out.
        context.leases().release(item.delivery().envelope().eventId(), item.delivery().routeId());
        log.warn(
            "The bus refused recovered delivery ({}, {})",
            item.delivery().envelope().eventId(),
            item.delivery().routeId(),
            e);
      }
    }
    return handed;
  }

  /**
   * Stops polling and writes the outbox's queued {@code DONE} marks; deliveries already handed over
   * are the bus's to finish (close the outbox after the bus to write their marks too).
   */
  @Override
  public synchronized void close() {
    if (scheduler != null) {
      scheduler.shutdownNow();
      try {
        scheduler.awaitTermination(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      scheduler = null;
    }
    try {
      flushMarks.run();
    } catch (RuntimeException e) {
      log.warn(
          "Writing queued DONE marks at relay close failed; those deliveries will be redelivered",
          e);
    }
  }

  /** Configures an {@link OutboxRelay}. */
  public static final class Builder {

    private final OutboxContext context;
    private final DeliveryPort port;
    private final Runnable flushMarks;
    private Duration pollInterval = Duration.ofSeconds(5);
    private int batchSize = 100;
    private int maxInFlight = 5_000;

    Builder(OutboxContext context, DeliveryPort port, Runnable flushMarks) {
      this.context = context;
      this.port = Objects.requireNonNull(port, "port");
      this.flushMarks = flushMarks;
    }

    /**
     * How often to look for expired leases and renew this node's own; 5 s by default (recovery
     * only, not the common path), and below half the outbox's lease.
     */
    public Builder pollInterval(Duration pollInterval) {
      if (pollInterval == null || pollInterval.isNegative() || pollInterval.isZero()) {
        throw new IllegalArgumentException(
            "Invalid poll interval " + pollInterval + ": it must be positive");
      }
      this.pollInterval = pollInterval;
      return this;
    }

    /** How many rows one claim reads; 100 by default. */
    public Builder batchSize(int batchSize) {
      if (batchSize < 1) {
        throw new IllegalArgumentException(
            "Invalid batch size " + batchSize + ": it must be 1 or more");
      }
      this.batchSize = batchSize;
      return this;
    }

    /**
     * Stops claiming while this node holds this many unsettled deliveries (its own commits'
     * included), so a large backlog is not all queued in memory at once; 5000 by default.
     */
    public Builder maxInFlight(int maxInFlight) {
      if (maxInFlight < 1) {
        throw new IllegalArgumentException(
            "Invalid maxInFlight " + maxInFlight + ": it must be 1 or more");
      }
      this.maxInFlight = maxInFlight;
      return this;
    }

    /**
     * Builds the relay.
     *
     * @throws IllegalArgumentException when the poll interval is not below half the lease: leases
     *     are renewed at polls, so slower polls would let a live node's leases run out
     */
    public OutboxRelay build() {
      if (pollInterval.compareTo(context.lease().dividedBy(2)) >= 0) {
        throw new IllegalArgumentException(
            "Poll interval "
                + pollInterval
                + " must be below half"
                + " the lease "
                + context.lease()
                + ", or leases of live deliveries run out between polls");
      }
      return new OutboxRelay(this);
    }
  }
}
