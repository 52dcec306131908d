package dev.herald.jdbc;

import dev.herald.jdbc.schema.Dialect;
import dev.herald.runtime.generated.EventDecodingException;
import dev.herald.runtime.spi.Delivery;
import dev.herald.runtime.spi.EventEnvelope;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Recovers deliveries that are not done and whose lease ran out (their node died, or they were
 * never claimed): claims them for this node, decodes their events and hands them to a {@link
 * RelayTarget}; undecodable events become dead letters with the reason, and the relay goes on.
 *
 * <p>It polls only for recovery: the common path delivers right after commit. Each poll also renews
 * the leases of this node's own slow deliveries, so run one relay on every node.
 *
 * <p>Claiming is safe with several relays on one database. On PostgreSQL the candidate rows are
 * read with {@code FOR UPDATE OF d SKIP LOCKED}, so concurrent relays pick disjoint rows without
 * waiting; on H2 each candidate is claimed with a conditional {@code UPDATE ... WHERE claimed_until
 * <= now}, which H2 evaluates again after waiting for a concurrent claimer's row lock, so a row
 * claimed by one relay yields an update count of 0 to the other.
 */
public final class OutboxRelay implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
  private static final String DECODING_FAILURE = EventDecodingException.class.getName();

  private final JdbcOutbox outbox;
  private final RelayTarget target;
  private final Duration pollInterval;
  private final int batchSize;
  private final int maxInFlight;
  private final OutboxSql sql;
  private ScheduledExecutorService scheduler;

  private OutboxRelay(Builder builder) {
    this.outbox = builder.outbox;
    this.target = builder.target;
    this.pollInterval = builder.pollInterval;
    this.batchSize = builder.batchSize;
    this.maxInFlight = builder.maxInFlight;
    this.sql = outbox.sql();
  }

  /** Polls every poll interval on a daemon thread until {@link #close()}; starts with a poll. */
  public synchronized OutboxRelay start() {
    if (scheduler != null) {
      throw new IllegalStateException("Relay already started");
    }
    scheduler =
        Executors.newSingleThreadScheduledExecutor(
            runnable -> {
              Thread thread = new Thread(runnable, "herald-relay-" + outbox.nodeId());
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
    } catch (RuntimeException e) {
      log.warn("Relay poll failed; retrying at the next poll", e);
    }
  }

  /**
   * One poll: renews this node's leases, then claims and hands over due deliveries batch after
   * batch until none is left or this node holds {@code maxInFlight} unsettled deliveries.
   *
   * @return how many deliveries were handed to the target (dead-lettered ones not counted)
   */
  public int poll() {
    int handed = 0;
    while (true) {
      // Renewed per batch: a long recovery must not let its own first claims run out.
      outbox.renewLeases();
      if (outbox.leases().size() >= maxInFlight) {
        // This node is busy enough; the rest waits for the next poll (or another node).
        return handed;
      }
      Batch batch = claimBatch();
      handed += handOver(batch.claimed());
      if (batch.seen() < batchSize) {
        return handed;
      }
    }
  }

  /** Claims up to one batch and hands it over; for tests that need to interleave relays. */
  public int pollOnce() {
    return handOver(claimBatch().claimed());
  }

  private int handOver(List<Claimed> claimed) {
    int handed = 0;
    for (Claimed item : claimed) {
      try {
        target.redeliver(item.delivery(), item.attemptsMade() + 1);
        handed++;
      } catch (RuntimeException e) {
        // Left to its lease, no longer renewed: it comes back when the lease runs out.
        outbox.leases().release(item.delivery().envelope().eventId(), item.delivery().routeId());
        log.warn(
            "Relay target refused delivery ({}, {})",
            item.delivery().envelope().eventId(),
            item.delivery().routeId(),
            e);
      }
    }
    return handed;
  }

  /** A claimed delivery ready to hand over. */
  private record Claimed(Delivery delivery, int attemptsMade) {}

  /** What one claim round saw and what it got. */
  private record Batch(int seen, List<Claimed> claimed) {}

  /** A candidate row read from the table. */
  private record Candidate(
      UUID eventId, String routeId, int attempts, EventEnvelope envelope, String decodingFailure) {}

  private Batch claimBatch() {
    Instant now = outbox.clock().instant();
    Instant until = now.plus(outbox.lease());
    try (Connection connection = outbox.dataSource().getConnection()) {
      boolean autoCommit = connection.getAutoCommit();
      // H2 claims row by row, each update committed at once so no relay holds locks for long;
      // PostgreSQL holds the SKIP LOCKED row locks until the claims commit together.
      boolean locking = outbox.dialect() == Dialect.POSTGRESQL;
      connection.setAutoCommit(!locking);
      try {
        List<Candidate> candidates = selectDue(connection, now);
        List<Candidate> won =
            locking
                ? claimLocked(connection, candidates, now, until)
                : claimIfStillDue(connection, candidates, now, until);
        if (locking) {
          connection.commit();
        }
        return new Batch(candidates.size(), settle(won, until));
      } catch (SQLException | RuntimeException e) {
        if (locking) {
          connection.rollback();
        }
        throw e;
      } finally {
        connection.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      throw new OutboxStoreException("Claiming due deliveries failed: " + e.getMessage(), e);
    }
  }

  private List<Candidate> selectDue(Connection connection, Instant now) throws SQLException {
    List<Candidate> candidates = new ArrayList<>();
    try (PreparedStatement select = connection.prepareStatement(sql.selectDue)) {
      Timestamps.set(select, 1, now);
      select.setInt(2, batchSize);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          UUID eventId = rows.getObject("event_id", UUID.class);
          String routeId = rows.getString("route_id");
          int attempts = rows.getInt("attempts");
          try {
            candidates.add(
                new Candidate(
                    eventId, routeId, attempts, StoredRows.envelope(rows, outbox.codecs()), null));
          } catch (EventDecodingException e) {
            candidates.add(new Candidate(eventId, routeId, attempts, null, e.getMessage()));
          }
        }
      }
    }
    return candidates;
  }

  /** PostgreSQL: the rows are already locked by this transaction, so every update wins. */
  private List<Candidate> claimLocked(
      Connection connection, List<Candidate> candidates, Instant now, Instant until)
      throws SQLException {
    try (PreparedStatement claim = connection.prepareStatement(sql.claim)) {
      for (Candidate candidate : candidates) {
        bindClaim(claim, candidate, now, until);
        claim.addBatch();
      }
      claim.executeBatch();
    }
    return candidates;
  }

  /** H2: an update that finds the row no longer due (claimed meanwhile) counts 0 and loses. */
  private List<Candidate> claimIfStillDue(
      Connection connection, List<Candidate> candidates, Instant now, Instant until)
      throws SQLException {
    List<Candidate> won = new ArrayList<>();
    try (PreparedStatement claim = connection.prepareStatement(sql.claimIfStillDue)) {
      for (Candidate candidate : candidates) {
        bindClaim(claim, candidate, now, until);
        Timestamps.set(claim, 6, now);
        if (claim.executeUpdate() == 1) {
          won.add(candidate);
        }
      }
    }
    return won;
  }

  private void bindClaim(PreparedStatement claim, Candidate candidate, Instant now, Instant until)
      throws SQLException {
    claim.setString(1, outbox.nodeId());
    Timestamps.set(claim, 2, until);
    Timestamps.set(claim, 3, now);
    claim.setObject(4, candidate.eventId());
    claim.setString(5, candidate.routeId());
  }

  /** Parks the undecodable candidates and returns the others as claimed deliveries. */
  private List<Claimed> settle(List<Candidate> won, Instant until) {
    List<Claimed> claimed = new ArrayList<>(won.size());
    for (Candidate candidate : won) {
      if (candidate.envelope() == null) {
        parkUndecodable(candidate);
      } else {
        outbox.leases().hold(candidate.eventId(), candidate.routeId(), until);
        claimed.add(
            new Claimed(
                new Delivery(candidate.envelope(), candidate.routeId()), candidate.attempts()));
      }
    }
    return claimed;
  }

  private void parkUndecodable(Candidate candidate) {
    log.warn(
        "Delivery ({}, {}) dead-lettered: {}",
        candidate.eventId(),
        candidate.routeId(),
        candidate.decodingFailure());
    Instant now = outbox.clock().instant();
    try (Connection connection = outbox.dataSource().getConnection();
        PreparedStatement update = connection.prepareStatement(sql.markDead)) {
      update.setInt(1, candidate.attempts());
      update.setString(2, DECODING_FAILURE);
      update.setString(3, candidate.decodingFailure());
      Timestamps.set(update, 4, now);
      Timestamps.set(update, 5, now);
      update.setObject(6, candidate.eventId());
      update.setString(7, candidate.routeId());
      update.executeUpdate();
    } catch (SQLException e) {
      throw new OutboxStoreException(
          "Dead-lettering undecodable delivery ("
              + candidate.eventId()
              + ", "
              + candidate.routeId()
              + ") failed: "
              + e.getMessage(),
          e);
    }
  }

  /**
   * Stops polling and writes the outbox's queued {@code DONE} marks; deliveries already handed over
   * are the target's to finish (close the outbox after the bus to write their marks too).
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
      outbox.flush();
    } catch (RuntimeException e) {
      log.warn(
          "Writing queued DONE marks at relay close failed; those deliveries will be redelivered",
          e);
    }
  }

  /** Configures an {@link OutboxRelay}. */
  public static final class Builder {

    private final JdbcOutbox outbox;
    private final RelayTarget target;
    private Duration pollInterval = Duration.ofSeconds(5);
    private int batchSize = 100;
    private int maxInFlight = 5_000;

    Builder(JdbcOutbox outbox, RelayTarget target) {
      this.outbox = outbox;
      this.target = Objects.requireNonNull(target, "target");
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
      if (pollInterval.compareTo(outbox.lease().dividedBy(2)) >= 0) {
        throw new IllegalArgumentException(
            "Poll interval "
                + pollInterval
                + " must be below half"
                + " the lease "
                + outbox.lease()
                + ", or leases of live deliveries run out between polls");
      }
      return new OutboxRelay(this);
    }
  }
}
