package dev.herald.jdbc;

import dev.herald.runtime.DeadLetter;
import dev.herald.runtime.generated.EventDecodingException;
import dev.herald.runtime.spi.Delivery;
import dev.herald.runtime.spi.DeliveryStore;
import dev.herald.runtime.spi.EventEnvelope;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records each delivery's fate in the deliveries table as the bus's {@link DeliveryStore}: done
 * (written behind in batches by {@link DoneMarks}), retrying, dead-lettered, redriven.
 *
 * <p>Every method throws {@link OutboxStoreException} when the database cannot be reached, and
 * changes nothing in memory then (the delivery keeps its lease, a queued mark stays queued), so the
 * bus can call it again once the database is back.
 */
final class OutboxDeliveryStore implements DeliveryStore, AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(OutboxDeliveryStore.class);
  private static final int MAX_ERROR_LENGTH = 4000;
  private static final String DUPLICATE_KEY = "23505";

  private final OutboxContext context;
  private final OutboxWriter writer;

  /** Null when each delivery is marked done in its own transaction. */
  private final DoneMarks doneMarks;

  OutboxDeliveryStore(OutboxContext context, OutboxWriter writer, DoneMarks doneMarks) {
    this.context = context;
    this.writer = writer;
    this.doneMarks = doneMarks;
  }

  /**
   * {@inheritDoc}
   *
   * <p>With write-behind the {@code DONE} mark is queued and committed with others within a few
   * milliseconds, or at once when this node has no other delivery in flight. Until it is committed
   * the delivery keeps its lease; if the process dies first, the delivery is redelivered, never
   * lost.
   */
  @Override
  public void delivered(Delivery delivery) {
    Leases.Key key = new Leases.Key(delivery.envelope().eventId(), delivery.routeId());
    if (doneMarks == null) {
      markDone(key);
      return;
    }
    doneMarks.add(key);
    flushIfIdle();
  }

  /**
   * Writes the queued marks now when nothing else is in flight on this node: there is no batch to
   * wait for, and a caller that waits for the bus to be idle then finds every delivery DONE.
   */
  private void flushIfIdle() {
    if (doneMarks == null) {
      return;
    }
    // Pending marks first: a stale count errs towards writing now, never towards waiting.
    int pending = doneMarks.pending();
    if (pending > 0 && context.leases().size() <= pending) {
      doneMarks.flush();
    }
  }

  private void markDone(Leases.Key key) {
    try {
      context
          .transactions()
          .autoCommitted(
              connection -> {
                try (PreparedStatement update =
                    connection.prepareStatement(context.sql().markDone)) {
                  // claimed_by stays, naming the node that finished the delivery.
                  update.setString(1, context.nodeId());
                  context.columns().setInstant(update, 2, context.clock().instant());
                  context.columns().setUuid(update, 3, key.eventId());
                  update.setString(4, key.routeId());
                  return update.executeUpdate();
                }
              });
    } catch (SQLException e) {
      throw OutboxContext.failure("Marking delivery " + key + " done", e);
    }
    context.leases().release(key);
  }

  /** Writes the queued {@code DONE} marks and returns once they are committed. */
  void flush() {
    if (doneMarks != null) {
      doneMarks.flush();
    }
  }

  /** Writes the queued {@code DONE} marks and stops the write-behind's thread. */
  @Override
  public void close() {
    if (doneMarks != null) {
      doneMarks.close();
    }
  }

  @Override
  public void retrying(
      Delivery delivery, int failedAttempt, Throwable failure, Instant nextAttemptAt) {
    Instant now = context.clock().instant();
    Instant next = nextAttemptAt == null || nextAttemptAt.isBefore(now) ? now : nextAttemptAt;
    // The lease must outlast the backoff, or another node would take over a delivery still ours.
    Instant claimedUntil = next.plus(context.lease());
    try {
      context
          .transactions()
          .write(
              connection -> {
                if (markRetrying(connection, delivery, failedAttempt, failure, next, claimedUntil)
                        == 0
                    && storeMissing(connection, delivery, now, claimedUntil)) {
                  markRetrying(connection, delivery, failedAttempt, failure, next, claimedUntil);
                }
                return null;
              });
    } catch (SQLException e) {
      throw OutboxContext.failure("Recording retry of delivery " + describe(delivery), e);
    }
    context.leases().hold(delivery.envelope().eventId(), delivery.routeId(), claimedUntil);
  }

  private int markRetrying(
      Connection connection,
      Delivery delivery,
      int failedAttempt,
      Throwable failure,
      Instant next,
      Instant claimedUntil)
      throws SQLException {
    try (PreparedStatement update = connection.prepareStatement(context.sql().markRetrying)) {
      update.setInt(1, failedAttempt);
      context.columns().setInstant(update, 2, next);
      update.setString(3, context.nodeId());
      context.columns().setInstant(update, 4, claimedUntil);
      update.setString(5, failure == null ? null : failure.getClass().getName());
      update.setString(6, truncate(failure == null ? null : failure.getMessage()));
      context.columns().setInstant(update, 7, context.clock().instant());
      context.columns().setUuid(update, 8, delivery.envelope().eventId());
      update.setString(9, delivery.routeId());
      return update.executeUpdate();
    }
  }

  @Override
  public void deadLettered(DeadLetter deadLetter) {
    Delivery delivery = deadLetter.delivery();
    Instant now = context.clock().instant();
    try {
      context
          .transactions()
          .write(
              connection -> {
                if (markDead(connection, deadLetter, now) == 0
                    && storeMissing(connection, delivery, now, now.plus(context.lease()))) {
                  markDead(connection, deadLetter, now);
                }
                return null;
              });
    } catch (SQLException e) {
      // The lease stays held: the delivery is still this node's until it is parked.
      throw OutboxContext.failure("Parking dead letter " + describe(delivery), e);
    }
    context.leases().release(delivery.envelope().eventId(), delivery.routeId());
    // The last delivery in flight may end here rather than in delivered().
    flushIfIdle();
  }

  private int markDead(Connection connection, DeadLetter deadLetter, Instant now)
      throws SQLException {
    try (PreparedStatement update = connection.prepareStatement(context.sql().markDead)) {
      update.setInt(1, deadLetter.attempts());
      update.setString(2, deadLetter.failureType());
      update.setString(3, truncate(deadLetter.failureMessage()));
      context.columns().setInstant(update, 4, deadLetter.deadLetteredAt());
      context.columns().setInstant(update, 5, now);
      context.columns().setUuid(update, 6, deadLetter.delivery().envelope().eventId());
      update.setString(7, deadLetter.delivery().routeId());
      return update.executeUpdate();
    }
  }

  /**
   * Writes a delivery the bus reports without a row (an event published outside a unit of work), so
   * that its retry state and dead letter are durable too; false if its event cannot be stored.
   */
  private boolean storeMissing(Connection connection, Delivery delivery, Instant now, Instant until)
      throws SQLException {
    try (PreparedStatement event = connection.prepareStatement(context.sql().insertEventIfMissing);
        PreparedStatement row =
            connection.prepareStatement(context.sql().insertDeliveryIfMissing)) {
      try {
        writer.bindEvent(event, delivery.envelope(), now, null);
      } catch (IllegalArgumentException noCodec) {
        log.warn("Delivery {} cannot be stored: {}", describe(delivery), noCodec.getMessage());
        return false;
      }
      writer.orderAppends(connection);
      insertIfMissing(event);
      writer.bindDelivery(row, delivery, now, until);
      insertIfMissing(row);
      return true;
    }
  }

  /**
   * H2 has no {@code ON CONFLICT DO NOTHING}; its failed statement leaves the transaction usable,
   * so a duplicate key is the answer there.
   */
  private static void insertIfMissing(PreparedStatement insert) throws SQLException {
    try {
      insert.executeUpdate();
    } catch (SQLException e) {
      if (!DUPLICATE_KEY.equals(e.getSQLState())) {
        throw e;
      }
    }
  }

  @Override
  public List<DeadLetter> deadLetters() {
    List<DeadLetter> deadLetters = new ArrayList<>();
    try (Connection connection = context.dataSource().getConnection();
        PreparedStatement select = connection.prepareStatement(context.sql().selectDeadLetters);
        ResultSet rows = select.executeQuery()) {
      while (rows.next()) {
        deadLetters.add(
            context.rows().deadLetter(rows, context.rows().envelopeOrUndecodable(rows)));
      }
    } catch (SQLException e) {
      throw OutboxContext.failure("Listing dead letters", e);
    }
    return deadLetters;
  }

  /**
   * {@inheritDoc}
   *
   * <p>The delivery becomes pending again, claimed by this node; if this node dies during the
   * redrive, a relay delivers it after the lease, so a redrive survives restarts.
   *
   * @throws EventDecodingException when the parked event still cannot be decoded (it stays parked)
   */
  @Override
  public Optional<DeadLetter> takeDeadLetter(UUID eventId, String routeId) {
    Instant now = context.clock().instant();
    Instant claimedUntil = now.plus(context.lease());
    Optional<DeadLetter> taken;
    try {
      taken =
          context
              .transactions()
              .write(connection -> take(connection, eventId, routeId, now, claimedUntil));
    } catch (SQLException e) {
      throw OutboxContext.failure("Taking dead letter (" + eventId + ", " + routeId + ")", e);
    }
    taken.ifPresent(letter -> context.leases().hold(eventId, routeId, claimedUntil));
    return taken;
  }

  private Optional<DeadLetter> take(
      Connection connection, UUID eventId, String routeId, Instant now, Instant claimedUntil)
      throws SQLException {
    DeadLetter deadLetter;
    try (PreparedStatement select =
        connection.prepareStatement(context.sql().selectDeadLetterForUpdate)) {
      context.columns().setUuid(select, 1, eventId);
      select.setString(2, routeId);
      try (ResultSet rows = select.executeQuery()) {
        if (!rows.next()) {
          return Optional.empty();
        }
        EventEnvelope envelope;
        try {
          envelope = context.rows().envelope(rows);
        } catch (EventDecodingException e) {
          throw new EventDecodingException(
              "Dead letter ("
                  + eventId
                  + ", "
                  + routeId
                  + ") cannot be redriven: "
                  + e.getMessage(),
              e);
        }
        deadLetter = context.rows().deadLetter(rows, envelope);
      }
    }
    try (PreparedStatement revive = connection.prepareStatement(context.sql().reviveDeadLetter)) {
      revive.setString(1, context.nodeId());
      context.columns().setInstant(revive, 2, claimedUntil);
      context.columns().setInstant(revive, 3, now);
      context.columns().setInstant(revive, 4, now);
      context.columns().setUuid(revive, 5, eventId);
      revive.setString(6, routeId);
      revive.executeUpdate();
    }
    return Optional.of(deadLetter);
  }

  private static String truncate(String message) {
    if (message == null || message.length() <= MAX_ERROR_LENGTH) {
      return message;
    }
    return message.substring(0, MAX_ERROR_LENGTH);
  }

  private static String describe(Delivery delivery) {
    return "(" + delivery.envelope().eventId() + ", " + delivery.routeId() + ")";
  }
}
