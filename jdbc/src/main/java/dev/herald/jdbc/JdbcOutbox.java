package dev.herald.jdbc;

import dev.herald.jdbc.schema.Dialect;
import dev.herald.jdbc.schema.OutboxSchema;
import dev.herald.jdbc.schema.OutboxTables;
import dev.herald.runtime.DeadLetter;
import dev.herald.runtime.generated.EventCodec;
import dev.herald.runtime.generated.EventDecodingException;
import dev.herald.runtime.spi.CommitStep;
import dev.herald.runtime.spi.CommittingEvents;
import dev.herald.runtime.spi.Delivery;
import dev.herald.runtime.spi.DeliveryStore;
import dev.herald.runtime.spi.EventEnvelope;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The transactional outbox: writes a unit of work's events and deliveries in the application's
 * transaction, and records each delivery's fate (done, retrying, dead-lettered) durably as the
 * bus's {@link DeliveryStore}.
 *
 * <p>Deliveries written by a commit are claimed by this node for one lease, because the bus
 * delivers them right after the commit; only when that lease runs out (this node died) does another
 * node's {@link OutboxRelay} take them over.
 */
public final class JdbcOutbox implements DeliveryStore, AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(JdbcOutbox.class);
  private static final int MAX_ERROR_LENGTH = 4000;
  private static final String DUPLICATE_KEY = "23505";

  private final DataSource dataSource;
  private final Dialect dialect;
  private final OutboxTables tables;
  private final Codecs codecs;
  private final String nodeId;
  private final Duration lease;
  private final Clock clock;
  private final OutboxSql sql;
  private final Leases leases = new Leases();

  /** Null when each delivery is marked done in its own transaction. */
  private final DoneMarks doneMarks;

  private JdbcOutbox(Builder builder, Dialect dialect) {
    this.dataSource = builder.dataSource;
    this.dialect = dialect;
    this.tables = builder.tables;
    this.codecs = new Codecs(builder.codecs);
    this.nodeId = builder.nodeId;
    this.lease = builder.lease;
    this.clock = builder.clock;
    this.sql = new OutboxSql(tables, dialect);
    this.doneMarks =
        builder.doneDelay.isZero()
            ? null
            : new DoneMarks(
                dataSource,
                sql.markDone,
                nodeId,
                clock,
                leases,
                builder.doneDelay,
                builder.doneBatch);
  }

  /** Starts configuring an outbox over the application's data source. */
  public static Builder builder(DataSource dataSource) {
    return new Builder(dataSource);
  }

  /** Creates the tables and indexes if they do not exist yet; safe to call at every start. */
  public void createSchema() {
    try (Connection connection = dataSource.getConnection()) {
      boolean autoCommit = connection.getAutoCommit();
      connection.setAutoCommit(false);
      try (Statement statement = connection.createStatement()) {
        if (dialect == Dialect.POSTGRESQL) {
          // CREATE ... IF NOT EXISTS can still collide when two nodes start at once.
          statement.execute("SELECT pg_advisory_xact_lock(" + tables.prefix().hashCode() + ")");
        }
        for (String ddl : OutboxSchema.statements(dialect, tables)) {
          statement.execute(ddl);
        }
        connection.commit();
        if (dialect == Dialect.H2) {
          warnAboutH2WriteDelay(connection);
        }
      } catch (SQLException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      throw new OutboxStoreException(
          "Creating the outbox tables " + tables.prefix() + "* failed", e);
    }
  }

  /**
   * H2 acknowledges a commit before writing it to the file (WRITE_DELAY, 500 ms by default), so a
   * killed process loses its last commits, state and events together; the crash test saw most of
   * them lost. Durable use needs {@code ;WRITE_DELAY=0} in the URL.
   */
  private static void warnAboutH2WriteDelay(Connection connection) throws SQLException {
    String url = connection.getMetaData().getURL();
    if (url == null || url.startsWith("jdbc:h2:mem:")) {
      return;
    }
    try (Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS"
                    + " WHERE SETTING_NAME = 'WRITE_DELAY'")) {
      if (rows.next() && !"0".equals(rows.getString(1))) {
        log.warn(
            "H2 database {} has WRITE_DELAY={} ms: commits acknowledged in that window are lost"
                + " if the process dies; add ;WRITE_DELAY=0 to the URL for a durable outbox",
            url,
            rows.getString(1));
      }
    }
  }

  /**
   * A commit step that runs the application's writes and stores the events and deliveries in one
   * transaction on a connection of the data source: both commit, or both roll back and the failure
   * is rethrown (so the unit of work publishes nothing).
   */
  public CommitStep transactional(ConnectionWork work) {
    Objects.requireNonNull(work, "work");
    return events -> {
      try (Connection connection = dataSource.getConnection()) {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
          work.run(connection);
          Instant claimedUntil = writeRows(connection, events);
          connection.commit();
          holdLeases(events, claimedUntil);
        } catch (Throwable failure) {
          try {
            connection.rollback();
          } catch (SQLException rollbackFailure) {
            failure.addSuppressed(rollbackFailure);
          }
          throw failure;
        } finally {
          restoreAutoCommit(connection, autoCommit);
        }
      }
    };
  }

  /**
   * Stores the events and deliveries through a connection whose transaction the caller manages (for
   * applications that already run a transaction, e.g. under a framework); the caller commits.
   */
  public void write(Connection connection, CommittingEvents events) throws SQLException {
    Instant claimedUntil = writeRows(connection, events);
    // Held before the commit is known; a rolled-back row is dropped at the next lease renewal.
    holdLeases(events, claimedUntil);
  }

  private Instant writeRows(Connection connection, CommittingEvents events) throws SQLException {
    Instant now = clock.instant();
    Instant claimedUntil = now.plus(lease);
    if (events.events().isEmpty() && events.deliveries().isEmpty()) {
      return claimedUntil;
    }
    try (PreparedStatement insert = connection.prepareStatement(sql.insertEvent)) {
      for (EventEnvelope envelope : events.events()) {
        bindEvent(insert, envelope, now);
        insert.addBatch();
      }
      insert.executeBatch();
    }
    try (PreparedStatement insert = connection.prepareStatement(sql.insertDelivery)) {
      for (Delivery delivery : events.deliveries()) {
        bindDelivery(insert, delivery, now, claimedUntil);
        insert.addBatch();
      }
      insert.executeBatch();
    }
    return claimedUntil;
  }

  private void bindEvent(PreparedStatement insert, EventEnvelope envelope, Instant now)
      throws SQLException {
    Object event = envelope.event();
    insert.setObject(1, envelope.eventId());
    insert.setString(2, codecs.typeName(event));
    insert.setString(3, codecs.encode(event));
    insert.setString(4, envelope.aggregateType());
    insert.setString(5, envelope.aggregateId());
    insert.setLong(6, envelope.sequence());
    Timestamps.set(insert, 7, envelope.occurredAt());
    Timestamps.set(insert, 8, now);
  }

  private void bindDelivery(PreparedStatement insert, Delivery delivery, Instant now, Instant until)
      throws SQLException {
    insert.setObject(1, delivery.envelope().eventId());
    insert.setString(2, delivery.routeId());
    Timestamps.set(insert, 3, now);
    insert.setString(4, nodeId);
    Timestamps.set(insert, 5, until);
    Timestamps.set(insert, 6, now);
  }

  private void holdLeases(CommittingEvents events, Instant claimedUntil) {
    for (Delivery delivery : events.deliveries()) {
      leases.hold(delivery.envelope().eventId(), delivery.routeId(), claimedUntil);
    }
  }

  /**
   * {@inheritDoc}
   *
   * <p>By default the {@code DONE} mark is written behind (see {@link Builder#doneWriteBehind}):
   * queued and committed with other marks within a few milliseconds, or at once when this node has
   * no other delivery in flight. Until it is committed the delivery keeps its lease; if the process
   * dies first, the delivery is redelivered, never lost.
   */
  @Override
  public void delivered(Delivery delivery) {
    Leases.Key key = new Leases.Key(delivery.envelope().eventId(), delivery.routeId());
    if (doneMarks == null) {
      markDone(delivery, key);
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
    if (pending > 0 && leases.size() <= pending) {
      doneMarks.flush();
    }
  }

  private void markDone(Delivery delivery, Leases.Key key) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement update = connection.prepareStatement(sql.markDone)) {
      // claimed_by stays, naming the node that finished the delivery.
      update.setString(1, nodeId);
      Timestamps.set(update, 2, clock.instant());
      update.setObject(3, key.eventId());
      update.setString(4, key.routeId());
      update.executeUpdate();
    } catch (SQLException e) {
      throw failure("Marking delivery " + describe(delivery) + " done", e);
    } finally {
      leases.release(key);
    }
  }

  /**
   * Writes the {@code DONE} marks still queued by the write-behind and returns once they are
   * committed; a no-op when nothing is queued or write-behind is off.
   *
   * @throws OutboxStoreException when the database refuses (the marks stay queued)
   */
  public void flush() {
    if (doneMarks != null) {
      doneMarks.flush();
    }
  }

  /**
   * Writes the queued {@code DONE} marks and stops the write-behind's thread; call it after {@code
   * bus.shutdown(..)}. Marks that arrive later are written at once. Not closing only costs
   * redeliveries: a queued mark that is never written leaves its delivery to a relay.
   */
  @Override
  public void close() {
    if (doneMarks != null) {
      doneMarks.close();
    }
  }

  @Override
  public void retrying(
      Delivery delivery, int failedAttempt, Throwable failure, Instant nextAttemptAt) {
    Instant now = clock.instant();
    Instant next = nextAttemptAt == null || nextAttemptAt.isBefore(now) ? now : nextAttemptAt;
    // The lease must outlast the backoff, or another node would take over a delivery still ours.
    Instant claimedUntil = next.plus(lease);
    try (Connection connection = dataSource.getConnection()) {
      if (markRetrying(connection, delivery, failedAttempt, failure, next, claimedUntil, now) == 0
          && storeMissing(connection, delivery, now, claimedUntil)) {
        markRetrying(connection, delivery, failedAttempt, failure, next, claimedUntil, now);
      }
      leases.hold(delivery.envelope().eventId(), delivery.routeId(), claimedUntil);
    } catch (SQLException e) {
      throw failure("Recording retry of delivery " + describe(delivery), e);
    }
  }

  private int markRetrying(
      Connection connection,
      Delivery delivery,
      int failedAttempt,
      Throwable failure,
      Instant next,
      Instant claimedUntil,
      Instant now)
      throws SQLException {
    try (PreparedStatement update = connection.prepareStatement(sql.markRetrying)) {
      update.setInt(1, failedAttempt);
      Timestamps.set(update, 2, next);
      update.setString(3, nodeId);
      Timestamps.set(update, 4, claimedUntil);
      update.setString(5, failure == null ? null : failure.getClass().getName());
      update.setString(6, truncate(failure == null ? null : failure.getMessage()));
      Timestamps.set(update, 7, now);
      update.setObject(8, delivery.envelope().eventId());
      update.setString(9, delivery.routeId());
      return update.executeUpdate();
    }
  }

  @Override
  public void deadLettered(DeadLetter deadLetter) {
    Delivery delivery = deadLetter.delivery();
    Instant now = clock.instant();
    try (Connection connection = dataSource.getConnection()) {
      if (markDead(connection, deadLetter, now) == 0
          && storeMissing(connection, delivery, now, now.plus(lease))) {
        markDead(connection, deadLetter, now);
      }
    } catch (SQLException e) {
      throw failure("Parking dead letter " + describe(delivery), e);
    } finally {
      leases.release(delivery.envelope().eventId(), delivery.routeId());
    }
    // The last delivery in flight may end here rather than in delivered().
    flushIfIdle();
  }

  private int markDead(Connection connection, DeadLetter deadLetter, Instant now)
      throws SQLException {
    try (PreparedStatement update = connection.prepareStatement(sql.markDead)) {
      update.setInt(1, deadLetter.attempts());
      update.setString(2, deadLetter.failureType());
      update.setString(3, truncate(deadLetter.failureMessage()));
      Timestamps.set(update, 4, deadLetter.deadLetteredAt());
      Timestamps.set(update, 5, now);
      update.setObject(6, deadLetter.delivery().envelope().eventId());
      update.setString(7, deadLetter.delivery().routeId());
      return update.executeUpdate();
    }
  }

  /** Writes a delivery that has no row yet; false if its event cannot be stored at all. */
  private boolean storeMissing(Connection connection, Delivery delivery, Instant now, Instant until)
      throws SQLException {
    try (PreparedStatement event = connection.prepareStatement(sql.insertEventIfMissing);
        PreparedStatement row = connection.prepareStatement(sql.insertDeliveryIfMissing)) {
      try {
        bindEvent(event, delivery.envelope(), now);
      } catch (IllegalArgumentException noCodec) {
        log.warn("Delivery {} cannot be stored: {}", describe(delivery), noCodec.getMessage());
        return false;
      }
      executeIgnoringDuplicate(event);
      bindDelivery(row, delivery, now, until);
      executeIgnoringDuplicate(row);
      return true;
    }
  }

  private void executeIgnoringDuplicate(PreparedStatement insert) throws SQLException {
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
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement(sql.selectDeadLetters);
        ResultSet rows = select.executeQuery()) {
      while (rows.next()) {
        deadLetters.add(
            StoredRows.deadLetter(rows, StoredRows.envelopeOrUndecodable(rows, codecs)));
      }
    } catch (SQLException e) {
      throw failure("Listing dead letters", e);
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
    Instant now = clock.instant();
    Instant claimedUntil = now.plus(lease);
    try (Connection connection = dataSource.getConnection()) {
      boolean autoCommit = connection.getAutoCommit();
      connection.setAutoCommit(false);
      try {
        Optional<DeadLetter> taken =
            takeDeadLetter(connection, eventId, routeId, now, claimedUntil);
        connection.commit();
        taken.ifPresent(letter -> leases.hold(eventId, routeId, claimedUntil));
        return taken;
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      } finally {
        restoreAutoCommit(connection, autoCommit);
      }
    } catch (SQLException e) {
      throw failure("Taking dead letter (" + eventId + ", " + routeId + ")", e);
    }
  }

  private Optional<DeadLetter> takeDeadLetter(
      Connection connection, UUID eventId, String routeId, Instant now, Instant claimedUntil)
      throws SQLException {
    DeadLetter deadLetter;
    try (PreparedStatement select = connection.prepareStatement(sql.selectDeadLetterForUpdate)) {
      select.setObject(1, eventId);
      select.setString(2, routeId);
      try (ResultSet rows = select.executeQuery()) {
        if (!rows.next()) {
          return Optional.empty();
        }
        EventEnvelope envelope;
        try {
          envelope = StoredRows.envelope(rows, codecs);
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
        deadLetter = StoredRows.deadLetter(rows, envelope);
      }
    }
    try (PreparedStatement revive = connection.prepareStatement(sql.reviveDeadLetter)) {
      revive.setString(1, nodeId);
      Timestamps.set(revive, 2, claimedUntil);
      Timestamps.set(revive, 3, now);
      Timestamps.set(revive, 4, now);
      revive.setObject(5, eventId);
      revive.setString(6, routeId);
      revive.executeUpdate();
    }
    return Optional.of(deadLetter);
  }

  /** Extends the leases of this node's unsettled deliveries that end within half a lease. */
  int renewLeases() {
    Instant now = clock.instant();
    List<Leases.Key> due = leases.endingBefore(now, lease.dividedBy(2));
    if (due.isEmpty()) {
      return 0;
    }
    // The same row order as the DONE marks, so the two batches cannot deadlock on PostgreSQL.
    due.sort(Leases.ROW_ORDER);
    Instant until = now.plus(lease);
    int renewed = 0;
    try (Connection connection = dataSource.getConnection();
        PreparedStatement renew = connection.prepareStatement(sql.renewLease)) {
      for (Leases.Key key : due) {
        Timestamps.set(renew, 1, until);
        renew.setObject(2, key.eventId());
        renew.setString(3, key.routeId());
        renew.setString(4, nodeId);
        renew.addBatch();
      }
      int[] counts = renew.executeBatch();
      for (int i = 0; i < counts.length; i++) {
        if (counts[i] == 0) {
          // Settled, rolled back, or taken over after all: nothing left to keep.
          leases.release(due.get(i));
        } else {
          leases.hold(due.get(i).eventId(), due.get(i).routeId(), until);
          renewed++;
        }
      }
    } catch (SQLException e) {
      throw failure("Renewing " + due.size() + " delivery leases", e);
    }
    return renewed;
  }

  /** Starts configuring a relay that recovers this outbox's unfinished deliveries. */
  public OutboxRelay.Builder relay(RelayTarget target) {
    return new OutboxRelay.Builder(this, target);
  }

  /** The inbox over the same data source and tables. */
  public Inbox inbox() {
    return new Inbox(dataSource, sql, dialect);
  }

  /** The dialect in use (configured, or detected from the database). */
  public Dialect dialect() {
    return dialect;
  }

  /** The table names in use. */
  public OutboxTables tables() {
    return tables;
  }

  /** This node's id, written into {@code claimed_by}. */
  public String nodeId() {
    return nodeId;
  }

  /** How long a claim keeps other nodes' relays away from a delivery. */
  public Duration lease() {
    return lease;
  }

  DataSource dataSource() {
    return dataSource;
  }

  OutboxSql sql() {
    return sql;
  }

  Codecs codecs() {
    return codecs;
  }

  Clock clock() {
    return clock;
  }

  Leases leases() {
    return leases;
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

  private static OutboxStoreException failure(String operation, SQLException e) {
    return new OutboxStoreException(operation + " failed: " + e.getMessage(), e);
  }

  private static void restoreAutoCommit(Connection connection, boolean autoCommit) {
    try {
      connection.setAutoCommit(autoCommit);
    } catch (SQLException e) {
      log.debug("Could not restore auto-commit", e);
    }
  }

  /** Configures a {@link JdbcOutbox}. */
  public static final class Builder {

    private final DataSource dataSource;
    private final List<EventCodec> codecs = new ArrayList<>();
    private OutboxTables tables = OutboxTables.defaults();
    private Dialect dialect;
    private String nodeId = "node-" + UUID.randomUUID().toString().substring(0, 8);
    private Duration lease = Duration.ofSeconds(30);
    private Clock clock = Clock.systemUTC();
    private Duration doneDelay = Duration.ofMillis(10);
    private int doneBatch = 500;

    private Builder(DataSource dataSource) {
      this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    /** Adds a generated codec; every event type the bus delivers after commit needs one. */
    public Builder codec(EventCodec codec) {
      codecs.add(Objects.requireNonNull(codec, "codec"));
      return this;
    }

    /** Adds generated codecs (e.g. the {@code Set<EventCodec>} Dagger collects). */
    public Builder codecs(Collection<? extends EventCodec> codecs) {
      codecs.forEach(this::codec);
      return this;
    }

    /** The prefix of the three table names; {@code herald_} by default. */
    public Builder tablePrefix(String prefix) {
      this.tables = new OutboxTables(prefix);
      return this;
    }

    /** The database dialect; detected from the connection's metadata when not given. */
    public Builder dialect(Dialect dialect) {
      this.dialect = Objects.requireNonNull(dialect, "dialect");
      return this;
    }

    /**
     * This process's id in {@code claimed_by}; random by default. It must differ between processes
     * that run at the same time, and should differ between restarts.
     */
    public Builder nodeId(String nodeId) {
      if (nodeId == null || nodeId.isBlank() || nodeId.length() > 200) {
        throw new IllegalArgumentException(
            "Invalid node id '" + nodeId + "': give a non-blank id of at most 200 characters");
      }
      this.nodeId = nodeId;
      return this;
    }

    /**
     * How long a claim keeps other nodes away: longer than a delivery usually takes (the relay
     * renews the leases of slow ones), short enough for quick recovery after a crash; 30 s by
     * default.
     */
    public Builder lease(Duration lease) {
      if (lease == null || lease.isNegative() || lease.isZero()) {
        throw new IllegalArgumentException("Invalid lease " + lease + ": it must be positive");
      }
      this.lease = lease;
      return this;
    }

    /**
     * Marks successful deliveries {@code DONE} in batches: a mark waits up to {@code maxDelay} (10
     * ms by default) for others, and up to {@code maxBatch} (500) are written in one batched
     * statement and one transaction; with nothing else in flight on this node a mark is written at
     * once. {@link Duration#ZERO} turns it off: each delivery is marked in its own transaction
     * before {@link #delivered} returns, as a {@code DeliveryStore} without write-behind does.
     *
     * <p>Guarantees are unchanged: a delivery keeps its lease until its mark is committed, and one
     * whose mark was still queued when the process died is redelivered (at least once; the inbox
     * keeps effects exactly-once), never lost.
     */
    public Builder doneWriteBehind(Duration maxDelay, int maxBatch) {
      if (maxDelay == null
          || maxDelay.isNegative()
          || maxDelay.compareTo(Duration.ofSeconds(1)) > 0) {
        throw new IllegalArgumentException(
            "Invalid DONE write-behind delay " + maxDelay + ": give 0 (off) up to 1 s");
      }
      if (maxBatch < 1) {
        throw new IllegalArgumentException(
            "Invalid DONE write-behind batch " + maxBatch + ": it must be 1 or more");
      }
      this.doneDelay = maxDelay;
      this.doneBatch = maxBatch;
      return this;
    }

    /** The clock for leases and timestamps (tests move it). */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Builds the outbox; detects the dialect with one connection when none was given.
     *
     * @throws IllegalStateException when no codec was added
     */
    public JdbcOutbox build() {
      if (codecs.isEmpty()) {
        throw new IllegalStateException(
            "No EventCodec given: add the codecs the processor generated with codec(...)");
      }
      return new JdbcOutbox(this, dialect != null ? dialect : detectDialect());
    }

    private Dialect detectDialect() {
      try (Connection connection = dataSource.getConnection()) {
        return Dialect.forProductName(connection.getMetaData().getDatabaseProductName());
      } catch (SQLException e) {
        throw new OutboxStoreException(
            "Detecting the database dialect failed: " + e.getMessage(), e);
      }
    }
  }
}
