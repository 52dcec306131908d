package dev.herald.benchmarks.outbox;

import dev.herald.Phase;
import dev.herald.jdbc.EventSourcedRepository;
import dev.herald.jdbc.JdbcOutbox;
import dev.herald.jdbc.ProjectionTracker;
import dev.herald.runtime.EventContext;
import dev.herald.runtime.generated.HandlerRoute;
import dev.herald.runtime.generated.HandlerTable;
import dev.herald.runtime.spi.CommittingEvents;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import javax.sql.DataSource;

/**
 * The event store's throughput on one thread against the floor of raw JDBC on the same table shape:
 * appending (Herald: an event-sourced aggregate's events appended with the version check, one
 * commit per aggregate; raw: the same rows as one batched INSERT per commit), loading (Herald:
 * streams read and decoded and applied; raw: the same rows selected in stream order), and replaying
 * every stored event through a projection tracker.
 *
 * <p>Arguments: {@code [database] [aggregates] [events per aggregate]}; defaults {@code postgresql
 * 2000 10}.
 */
public final class EventStoreThroughput {

  private static final String INSERT =
      "INSERT INTO raw_events (event_id, type_name, payload, aggregate_type, aggregate_id,"
          + " sequence_no, stream_sequence, occurred_at, stored_at) VALUES (?, ?, ?, ?, ?, ?, ?,"
          + " ?, ?)";
  private static final String SELECT =
      "SELECT event_id, type_name, payload, sequence_no, occurred_at FROM raw_events WHERE"
          + " aggregate_type = ? AND aggregate_id = ? AND stream_sequence >= 1 ORDER BY"
          + " stream_sequence";

  private EventStoreThroughput() {}

  public static void main(String[] args) throws Exception {
    Database database = Database.parse(args.length > 0 ? args[0] : "postgresql");
    int aggregates = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
    int perAggregate = args.length > 2 ? Integer.parseInt(args[2]) : 10;
    long events = (long) aggregates * perAggregate;
    try (Database.Open db = database.open()) {
      DataSource dataSource = db.dataSource();
      JdbcOutbox outbox = JdbcOutbox.builder(dataSource).codec(new PointsAccount.Codec()).build();
      outbox.createSchema();
      JdbcOutbox.builder(dataSource)
          .codec(new PointsAccount.Codec())
          .tablePrefix("raw_")
          .build()
          .createSchema();
      EventSourcedRepository<PointsAccount> accounts =
          outbox.eventStore().repository(PointsAccount.class, PointsAccount::new).build();

      long start = System.nanoTime();
      for (int a = 0; a < aggregates; a++) {
        PointsAccount account = new PointsAccount("a-" + a);
        for (int i = 0; i < perAggregate; i++) {
          account.earn(i + 1);
        }
        accounts
            .saving(account)
            .commit(new CommittingEvents(account.uncommittedEvents(), List.of()));
        account.markCommitted();
      }
      double append = rate(events, start);
      start = System.nanoTime();
      rawAppend(dataSource, database.textColumns(), aggregates, perAggregate);
      double rawAppend = rate(events, start);

      // Each load twice, alternating, and the second pass counted: the first warms the caches.
      long points = 0;
      double load = 0;
      double rawLoad = 0;
      long rows = 0;
      for (int pass = 0; pass < 2; pass++) {
        start = System.nanoTime();
        points = 0;
        for (int a = 0; a < aggregates; a++) {
          points += accounts.load("a-" + a).points();
        }
        load = rate(events, start);
        start = System.nanoTime();
        rows = rawLoad(dataSource, aggregates);
        rawLoad = rate(events, start);
      }

      long[] seen = new long[1];
      ProjectionTracker tracker =
          outbox.projection("bench", new CountingTable(seen), CountingTable.class).build();
      start = System.nanoTime();
      tracker.catchUp();
      double replay = rate(events, start);
      tracker.close();

      if (points != (long) aggregates * perAggregate * (perAggregate + 1) / 2
          || rows != events
          || seen[0] != events) {
        throw new IllegalStateException(
            "Wrong results: points " + points + ", rows " + rows + ", replayed " + seen[0]);
      }
      System.out.printf(
          "%s, %d aggregates x %d events, 1 thread (events/s):%n"
              + "  append  herald %,.0f   raw batched INSERT %,.0f   ratio %.2f%n"
              + "  load    herald %,.0f   raw SELECT %,.0f   ratio %.2f%n"
              + "  replay  herald tracker %,.0f%n",
          database.label(),
          aggregates,
          perAggregate,
          append,
          rawAppend,
          append / rawAppend,
          load,
          rawLoad,
          load / rawLoad,
          replay);
    }
  }

  private static double rate(long events, long startNanos) {
    return events / ((System.nanoTime() - startNanos) / 1e9);
  }

  private static void rawAppend(DataSource dataSource, boolean text, int aggregates, int per)
      throws Exception {
    PointsAccount.Codec codec = new PointsAccount.Codec();
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement insert = c.prepareStatement(INSERT)) {
        for (int a = 0; a < aggregates; a++) {
          for (int i = 1; i <= per; i++) {
            UUID id = UUID.randomUUID();
            Instant now = Instant.now();
            insert.setObject(1, text ? id.toString() : id);
            insert.setString(2, PointsAccount.Codec.TYPE);
            insert.setString(3, codec.encode(new Earned("a-" + a, i)));
            insert.setString(4, "PointsAccount");
            insert.setString(5, "a-" + a);
            insert.setLong(6, i);
            insert.setLong(7, i);
            insert.setObject(8, text ? now.toString() : java.sql.Timestamp.from(now));
            insert.setObject(9, text ? now.toString() : java.sql.Timestamp.from(now));
            insert.addBatch();
          }
          insert.executeBatch();
          c.commit();
        }
      }
    }
  }

  private static long rawLoad(DataSource dataSource, int aggregates) throws Exception {
    long rows = 0;
    for (int a = 0; a < aggregates; a++) {
      try (Connection c = dataSource.getConnection();
          PreparedStatement select = c.prepareStatement(SELECT)) {
        select.setString(1, "PointsAccount");
        select.setString(2, "a-" + a);
        try (ResultSet result = select.executeQuery()) {
          while (result.next()) {
            result.getString(1);
            result.getString(3);
            result.getLong(4);
            rows++;
          }
        }
      }
    }
    return rows;
  }

  /** A projection that counts the events it is handed. */
  static final class CountingTable implements HandlerTable {
    private final long[] seen;
    private final List<HandlerRoute> routes =
        List.of(
            new HandlerRoute(
                "bench.count", Earned.class, CountingTable.class, "on", Phase.AFTER_COMMIT, false));

    CountingTable(long[] seen) {
      this.seen = seen;
    }

    @Override
    public List<HandlerRoute> routes() {
      return routes;
    }

    @Override
    public boolean knows(Class<?> eventType) {
      return eventType == Earned.class;
    }

    @Override
    public int[] routesOf(Class<?> eventType) {
      return knows(eventType) ? new int[] {0} : new int[0];
    }

    @Override
    public CompletionStage<?> invoke(int routeIndex, Object event, EventContext context) {
      seen[0]++;
      return COMPLETED;
    }
  }
}
