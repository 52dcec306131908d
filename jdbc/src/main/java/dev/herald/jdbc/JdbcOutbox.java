package dev.herald.jdbc;

import dev.herald.jdbc.schema.Dialect;
import dev.herald.jdbc.schema.OutboxSchema;
import dev.herald.jdbc.schema.OutboxTables;
import dev.herald.runtime.EventBus;
import dev.herald.runtime.generated.EventCodec;
import dev.herald.runtime.generated.HandlerTable;
import dev.herald.runtime.spi.CommitStep;
import dev.herald.runtime.spi.CommittingEvents;
import dev.herald.runtime.spi.DeliveryPort;
import dev.herald.runtime.spi.DeliveryStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The transactional outbox over the application's data source, the one entry point that assembles
 * its parts: the commit step that writes a unit of work's events and deliveries in the
 * application's transaction ({@link #transactional}), the bus's durable {@link #deliveryStore()},
 * the {@link #relay} that recovers what a crash left undone, and the {@link #inbox()}.
 *
 * <p>Deliveries written by a commit are claimed by this node for one lease, because the bus
 * delivers them right after the commit; only when that lease runs out (this node died) does another
 * node's relay take them over.
 */
public final class JdbcOutbox implements AutoCloseable {

  private final OutboxContext context;
  private final OutboxWriter writer;
  private final OutboxDeliveryStore store;
  private final JdbcEventStore eventStore;

  private JdbcOutbox(Builder builder, Dialect dialect) {
    Codecs codecs = new Codecs(builder.codecs);
    this.context =
        OutboxContext.create(
            builder.dataSource,
            dialect,
            builder.tables,
            codecs,
            builder.nodeId,
            builder.lease,
            builder.clock);
    this.writer = new OutboxWriter(context, codecs);
    DoneMarks marks =
        builder.doneDelay.isZero()
            ? null
            : new DoneMarks(context, builder.doneDelay, builder.doneBatch);
    this.store = new OutboxDeliveryStore(context, writer, marks);
    this.eventStore = new JdbcEventStore(EventStoreParts.create(context, writer));
  }

  /** Starts configuring an outbox over the application's data source. */
  public static Builder builder(DataSource dataSource) {
    return new Builder(dataSource);
  }

  /** Creates the tables and indexes if they do not exist yet; safe to call at every start. */
  public void createSchema() {
    try {
      context
          .transactions()
          .writeSchema(
              connection -> {
                try (Statement statement = connection.createStatement()) {
                  if (context.dialect() == Dialect.POSTGRESQL) {
                    // CREATE ... IF NOT EXISTS can still collide when two nodes start at once.
                    statement.execute(
                        "SELECT pg_advisory_xact_lock("
                            + context.tables().prefix().hashCode()
                            + ")");
                  }
                  for (String ddl : OutboxSchema.statements(context.dialect(), context.tables())) {
                    statement.execute(ddl);
                  }
                }
                return null;
              });
    } catch (SQLException e) {
      throw OutboxContext.failure(
          "Creating the outbox tables " + context.tables().prefix() + "*", e);
    }
  }

  /**
   * A commit step that runs the application's writes and stores the events and deliveries in one
   * transaction on a connection of the data source: both commit, or both roll back and the failure
   * is rethrown (so the unit of work publishes nothing).
   *
   * <p>A database that cannot be reached fails the commit with a {@link
   * dev.herald.runtime.CommitFailedException} saying nothing was committed; a failure of {@code
   * COMMIT} itself throws {@link dev.herald.runtime.CommitOutcomeUnknownException}: the database
   * may have committed, and then a relay delivers the events once the lease ends.
   */
  public CommitStep transactional(ConnectionWork work) {
    return writer.transactional(work);
  }

  /**
   * Stores the events and deliveries through a connection whose transaction the caller manages (for
   * applications that already run a transaction, e.g. under a framework); the caller commits.
   */
  public void write(Connection connection, CommittingEvents events) throws SQLException {
    writer.write(connection, events);
  }

  /**
   * Where the bus records each delivery's fate durably: {@code
   * EventBus.builder(..).deliveryStore(outbox.deliveryStore())}. Its methods throw {@link
   * OutboxStoreException} while the database cannot be reached, changing nothing, so the bus can
   * call them again.
   *
   * <p>{@code DONE} marks are written behind by default (see {@link Builder#doneWriteBehind}).
   */
  public DeliveryStore deliveryStore() {
    return store;
  }

  /**
   * Writes the {@code DONE} marks still queued by the write-behind and returns once they are
   * committed; a no-op when nothing is queued or write-behind is off.
   *
   * @throws OutboxStoreException when the database refuses (the marks stay queued)
   */
  public void flush() {
    store.flush();
  }

  /**
   * Writes the queued {@code DONE} marks and stops the write-behind's thread; call it after {@code
   * bus.shutdown(..)}. Marks that arrive later are written at once. Not closing only costs
   * redeliveries: a queued mark that is never written leaves its delivery to a relay.
   */
  @Override
  public void close() {
    store.close();
  }

  /** Starts configuring a relay that recovers this outbox's unfinished deliveries into the bus. */
  public OutboxRelay.Builder relay(EventBus bus) {
    return relay(bus.deliveryPort());
  }

  /** Starts configuring a relay that hands what it recovers to {@link DeliveryPort#redeliver}. */
  public OutboxRelay.Builder relay(DeliveryPort port) {
    return new OutboxRelay.Builder(context, port, store::flush);
  }

  /**
   * Starts configuring the tracker that feeds one projection class the stored events, from a
   * durable position kept under {@code trackerId}.
   *
   * @param table the generated table holding the projection's {@code @Handles} methods
   * @param projection the projection class, whose routes in the table the tracker calls
   */
  public ProjectionTracker.Builder projection(
      String trackerId, HandlerTable table, Class<?> projection) {
    return new ProjectionTracker.Builder(context, trackerId, table, projection);
  }

  /**
   * Event-sourced streams in this outbox's events table, appended with their deliveries in one
   * transaction.
   */
  public JdbcEventStore eventStore() {
    return eventStore;
  }

  /** The inbox over the same data source and tables. */
  public Inbox inbox() {
    return new Inbox(context);
  }

  /**
   * How many deliveries are still pending and since when the oldest one waits, read with one query
   * on a connection of the data source; for metrics ({@code herald-micrometer}'s {@code
   * OutboxMetrics}) and health checks, never on the publish path.
   *
   * @throws OutboxStoreException when the database cannot be read
   */
  public OutboxBacklog backlog() {
    try (Connection connection = context.dataSource().getConnection();
        PreparedStatement select = connection.prepareStatement(context.sql().selectBacklog);
        ResultSet rows = select.executeQuery()) {
      rows.next();
      long pending = rows.getLong("pending");
      return new OutboxBacklog(
          pending,
          pending == 0 ? null : context.columns().getInstant(rows, "oldest"),
          context.clock().instant());
    } catch (SQLException e) {
      throw OutboxContext.failure("Counting pending deliveries", e);
    }
  }

  /** The dialect in use (configured, or detected from the database). */
  public Dialect dialect() {
    return context.dialect();
  }

  /** The table names in use. */
  public OutboxTables tables() {
    return context.tables();
  }

  /** This node's id, written into {@code claimed_by}. */
  public String nodeId() {
    return context.nodeId();
  }

  /** How long a claim keeps other nodes' relays away from a delivery. */
  public Duration lease() {
    return context.lease();
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
     * before {@code DeliveryStore.delivered} returns, as a store without write-behind does.
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
     * Builds the outbox; detects the dialect with one connection when none was given, and checks
     * that the database keeps committed transactions whole.
     *
     * @throws IllegalStateException when no codec was added
     * @throws IllegalArgumentException for an unsupported database, H2 as a file database, or
     *     SQLite without WAL, synchronous writes or a busy timeout
     */
    public JdbcOutbox build() {
      if (codecs.isEmpty()) {
        throw new IllegalStateException(
            "No EventCodec given: add the codecs the processor generated with codec(...)");
      }
      try (Connection connection = dataSource.getConnection()) {
        Dialect detected =
            dialect != null
                ? dialect
                : Dialect.forProductName(connection.getMetaData().getDatabaseProductName());
        DatabaseCheck.check(connection, detected);
        return new JdbcOutbox(this, detected);
      } catch (SQLException e) {
        throw new OutboxStoreException("Checking the outbox database failed: " + e.getMessage(), e);
      }
    }
  }
}
