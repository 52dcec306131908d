package dev.herald.jdbc;

import dev.herald.jdbc.schema.Dialect;
import dev.herald.runtime.generated.EventDecodingException;
import dev.herald.runtime.generated.JsonLimits;
import dev.herald.runtime.spi.Delivery;
import dev.herald.runtime.spi.EventEnvelope;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Claims due deliveries for this node, safely with several relays on one database, and parks the
 * rows that cannot be read as dead letters with the reason.
 *
 * <p>PostgreSQL reads the candidates with {@code FOR UPDATE OF d SKIP LOCKED} and claims them in
 * the same transaction, so concurrent relays pick disjoint rows without waiting. H2 claims each
 * candidate with its own auto-committed conditional {@code UPDATE ... WHERE claimed_until <= now},
 * which it re-checks after waiting for a concurrent claimer's row lock. SQLite, one writer at a
 * time, reads and claims with the same conditional updates inside one write transaction.
 */
final class Claims {

  private static final Logger log = LoggerFactory.getLogger(Claims.class);
  private static final String DECODING_FAILURE = EventDecodingException.class.getName();

  /** A claimed delivery ready to hand over, with the attempts already made. */
  record Claimed(Delivery delivery, int attemptsMade) {}

  /** What one claim round saw, and what it got. */
  record Batch(int seen, List<Claimed> claimed) {}

  /**
   * A candidate row; {@code envelope} is null and {@code unreadable} says why, if it cannot be
   * read.
   */
  private record Candidate(
      Object key, String routeId, int attempts, EventEnvelope envelope, String unreadable) {}

  private final OutboxContext context;

  Claims(OutboxContext context) {
    this.context = context;
  }

  /** Claims up to {@code limit} due deliveries and parks the unreadable ones among them. */
  Batch claim(int limit) {
    Instant now = context.clock().instant();
    Instant until = now.plus(context.lease());
    List<Candidate> candidates = new ArrayList<>();
    List<Candidate> won;
    try {
      Transactions.Work<List<Candidate>, RuntimeException> work =
          connection -> {
            candidates.addAll(selectDue(connection, now, limit));
            return context.dialect().locksCandidates()
                ? claimLocked(connection, candidates, now, until)
                : claimIfStillDue(connection, candidates, now, until);
          };
      // H2 commits each claim at once so that no relay holds row locks for long.
      won =
          context.dialect() == Dialect.H2
              ? context.transactions().autoCommitted(work)
              : context.transactions().write(work);
    } catch (SQLException e) {
      throw OutboxContext.failure("Claiming due deliveries", e);
    }
    List<Claimed> claimed = new ArrayList<>(won.size());
    List<Candidate> unreadable = new ArrayList<>();
    for (Candidate candidate : won) {
      if (candidate.envelope() == null) {
        unreadable.add(candidate);
        continue;
      }
      EventEnvelope envelope = candidate.envelope();
      if (context.leases().holds(envelope.eventId(), candidate.routeId())) {
        // Still in flight on this node (its lease ran out while the database was away): the claim
        // just renewed it; handing it over again would deliver it twice here.
        context.leases().hold(envelope.eventId(), candidate.routeId(), until);
        continue;
      }
      context.leases().hold(envelope.eventId(), candidate.routeId(), until);
      claimed.add(new Claimed(new Delivery(envelope, candidate.routeId()), candidate.attempts()));
    }
    park(unreadable, now);
    return new Batch(candidates.size(), claimed);
  }

  private List<Candidate> selectDue(Connection connection, Instant now, int limit)
      throws SQLException {
    List<Candidate> candidates = new ArrayList<>();
    try (PreparedStatement select = connection.prepareStatement(context.sql().selectDue)) {
      context.columns().setInstant(select, 1, now);
      select.setInt(2, limit);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          Object key = context.columns().rawKey(rows, "event_id");
          String routeId = rows.getString("route_id");
          int attempts = rows.getInt("attempts");
          try {
            candidates.add(
                new Candidate(key, routeId, attempts, context.rows().envelope(rows), null));
          } catch (EventDecodingException e) {
            candidates.add(new Candidate(key, routeId, attempts, null, e.getMessage()));
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
    try (PreparedStatement claim = connection.prepareStatement(context.sql().claim)) {
      for (Candidate candidate : candidates) {
        bindClaim(claim, candidate, now, until);
        claim.addBatch();
      }
      claim.executeBatch();
    }
    return candidates;
  }

  /** An update that finds the row no longer due (claimed meanwhile) counts 0 and loses. */
  private List<Candidate> claimIfStillDue(
      Connection connection, List<Candidate> candidates, Instant now, Instant until)
      throws SQLException {
    List<Candidate> won = new ArrayList<>();
    try (PreparedStatement claim = connection.prepareStatement(context.sql().claimIfStillDue)) {
      for (Candidate candidate : candidates) {
        bindClaim(claim, candidate, now, until);
        context.columns().setInstant(claim, 6, now);
        if (claim.executeUpdate() == 1) {
          won.add(candidate);
        }
      }
    }
    return won;
  }

  private void bindClaim(PreparedStatement claim, Candidate candidate, Instant now, Instant until)
      throws SQLException {
    claim.setString(1, context.nodeId());
    context.columns().setInstant(claim, 2, until);
    context.columns().setInstant(claim, 3, now);
    context.columns().setRawKey(claim, 4, candidate.key());
    claim.setString(5, candidate.routeId());
  }

  /** Dead-letters the claimed rows that cannot be read, with the reason, in one transaction. */
  private void park(List<Candidate> unreadable, Instant now) {
    if (unreadable.isEmpty()) {
      return;
    }
    for (Candidate candidate : unreadable) {
      log.warn(
          "Delivery ({}, {}) dead-lettered: {}",
          JsonLimits.quote(String.valueOf(candidate.key())),
          JsonLimits.quote(candidate.routeId()),
          candidate.unreadable());
    }
    try {
      context
          .transactions()
          .writeBatch(
              context.sql().markDead,
              unreadable,
              (update, candidate) -> {
                update.setInt(1, candidate.attempts());
                update.setString(2, DECODING_FAILURE);
                update.setString(3, candidate.unreadable());
                context.columns().setInstant(update, 4, now);
                context.columns().setInstant(update, 5, now);
                context.columns().setRawKey(update, 6, candidate.key());
                update.setString(7, candidate.routeId());
              });
    } catch (SQLException e) {
      // Left claimed: the rows come back after the lease, and are parked then.
      throw OutboxContext.failure("Dead-lettering " + unreadable.size() + " unreadable rows", e);
    }
  }
}
