package dev.herald.benchmarks.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * The application's own state table: each unit of work inserts its order here, in its transaction.
 */
public final class OrdersTable {

  private static final String INSERT =
      "INSERT INTO bench_orders (order_id, unit_no, status) VALUES (?, ?, ?)";

  private OrdersTable() {}

  public static void create(DataSource dataSource) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(
          "CREATE TABLE bench_orders (order_id VARCHAR(64) NOT NULL PRIMARY KEY,"
              + " unit_no INTEGER NOT NULL, status VARCHAR(16) NOT NULL)");
    }
  }

  public static void insert(Connection connection, BenchOrder order, int unit) throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
      insert.setString(1, order.id());
      insert.setInt(2, unit);
      insert.setString(3, "READY");
      insert.executeUpdate();
    }
  }

  public static long count(DataSource dataSource, String sql) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        var rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    }
  }
}
