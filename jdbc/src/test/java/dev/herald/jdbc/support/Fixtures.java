package dev.herald.jdbc.support;

import dev.herald.jdbc.JdbcOutbox;
import dev.herald.runtime.spi.CommittingEvents;
import dev.herald.runtime.spi.Delivery;
import dev.herald.runtime.spi.EventEnvelope;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/** Builds committing events without a bus and reads the outbox tables back for assertions. */
public final class Fixtures {

  private Fixtures() {}

  /** One OrderPlaced event per order id, each owed to every given route. */
  public static CommittingEvents placed(Instant at, List<String> routes, String... orderIds) {
    List<EventEnvelope> events = new ArrayList<>();
    List<Delivery> deliveries = new ArrayList<>();
    for (String orderId : orderIds) {
      EventEnvelope envelope =
          new EventEnvelope(
              UUID.randomUUID(), "Order", orderId, 1, at, new OrderPlaced(orderId, 2));
      events.add(envelope);
      for (String route : routes) {
        deliveries.add(new Delivery(envelope, route));
      }
    }
    return new CommittingEvents(events, deliveries);
  }

  /** A table the application writes its own state to. */
  public static void createOrdersTable(DataSource dataSource) throws SQLException {
    execute(dataSource, "CREATE TABLE orders (id VARCHAR(100) PRIMARY KEY, pizzas INT NOT NULL)");
  }

  public static void insertOrder(Connection connection, String id, int pizzas) throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement("INSERT INTO orders VALUES (?, ?)")) {
      insert.setString(1, id);
      insert.setInt(2, pizzas);
      insert.executeUpdate();
    }
  }

  public static void execute(DataSource dataSource, String sql) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  public static long count(DataSource dataSource, String sql) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    }
  }

  public static String string(DataSource dataSource, String sql) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      return rows.next() ? rows.getString(1) : null;
    }
  }

  /** Status of one delivery row, or null. */
  public static String status(DataSource dataSource, JdbcOutbox outbox, UUID eventId, String route)
      throws SQLException {
    return string(
        dataSource,
        "SELECT status FROM "
            + outbox.tables().deliveries()
            + " WHERE event_id = '"
            + eventId
            + "' AND route_id = '"
            + route
            + "'");
  }

  /** An instant as the database behind the data source stores it (text on SQLite). */
  public static Object storedInstant(DataSource dataSource, Instant instant) throws SQLException {
    return isSqlite(dataSource)
        ? DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
            .withZone(ZoneOffset.UTC)
            .format(instant)
        : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  /** An event id as the database behind the data source stores it (text on SQLite). */
  public static Object storedUuid(DataSource dataSource, UUID id) throws SQLException {
    return isSqlite(dataSource) ? id.toString() : id;
  }

  public static boolean isSqlite(DataSource dataSource) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      return connection.getMetaData().getURL().startsWith("jdbc:sqlite:");
    }
  }

  /**
   * Writes an event row and its unclaimed, pending "kitchen" delivery with exactly the given column
   * values, as an older version or a corruption might have left them.
   */
  public static void insertStoredRow(
      DataSource dataSource,
      Object eventId,
      String type,
      String payload,
      Object occurredAt,
      Object at)
      throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      try (PreparedStatement event =
          c.prepareStatement(
              "INSERT INTO herald_events (event_id, type_name, payload, aggregate_type,"
                  + " aggregate_id, sequence_no, occurred_at, stored_at) VALUES (?, ?, ?, 'Order',"
                  + " 'x', 1, ?, ?)")) {
        event.setObject(1, eventId);
        event.setString(2, type);
        event.setString(3, payload);
        event.setObject(4, occurredAt);
        event.setObject(5, at);
        event.executeUpdate();
      }
      try (PreparedStatement delivery =
          c.prepareStatement(
              "INSERT INTO herald_deliveries (event_id, route_id, status, attempts,"
                  + " next_attempt_at, claimed_until, updated_at) VALUES (?, 'kitchen', 'PENDING',"
                  + " 0, ?, ?, ?)")) {
        delivery.setObject(1, eventId);
        delivery.setObject(2, at);
        delivery.setObject(3, at);
        delivery.setObject(4, at);
        delivery.executeUpdate();
      }
    }
  }

  public static JdbcOutbox.Builder outbox(DataSource dataSource) {
    return JdbcOutbox.builder(dataSource).codec(new TestCodec());
  }

  /** One node's outbox on the given clock and lease, its tables created. */
  public static JdbcOutbox node(DataSource dataSource, String nodeId, Clock clock, Duration lease) {
    JdbcOutbox outbox = outbox(dataSource).nodeId(nodeId).clock(clock).lease(lease).build();
    outbox.createSchema();
    return outbox;
  }
}
