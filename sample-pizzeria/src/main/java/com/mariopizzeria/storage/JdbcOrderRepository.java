package com.mariopizzeria.storage;

import com.mariopizzeria.orders.Order;
import com.mariopizzeria.orders.OrderRepository;
import com.mariopizzeria.orders.OrderSnapshot;
import com.mariopizzeria.orders.OrderStatus;
import com.mariopizzeria.orders.PizzaLine;
import com.mariopizzeria.orders.Size;
import dev.herald.jdbc.JdbcOutbox;
import dev.herald.runtime.spi.CommitStep;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.ConcurrentModificationException;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Orders in two tables, saved through the outbox's transaction so that an order and its events
 * commit together; the version column turns a lost update into an error.
 */
public final class JdbcOrderRepository implements OrderRepository {

  private final DataSource dataSource;
  private final JdbcOutbox outbox;

  public JdbcOrderRepository(DataSource dataSource, JdbcOutbox outbox) {
    this.dataSource = dataSource;
    this.outbox = outbox;
  }

  /** Creates the tables unless they exist (the same DDL on H2 and PostgreSQL). */
  public void createSchema() throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement ddl = connection.createStatement()) {
      ddl.execute(
          "CREATE TABLE IF NOT EXISTS pizzeria_orders (id VARCHAR(64) PRIMARY KEY, customer_name"
              + " VARCHAR(200) NOT NULL, customer_email VARCHAR(200) NOT NULL, status VARCHAR(20)"
              + " NOT NULL, version BIGINT NOT NULL)");
      ddl.execute(
          "CREATE TABLE IF NOT EXISTS pizzeria_order_pizzas (order_id VARCHAR(64) NOT NULL,"
              + " position INT NOT NULL, pizza VARCHAR(100) NOT NULL, size VARCHAR(10) NOT NULL,"
              + " price_cents BIGINT NOT NULL, PRIMARY KEY (order_id, position))");
    }
  }

  @Override
  public Optional<Order> find(String orderId) {
    try (Connection connection = dataSource.getConnection()) {
      OrderSnapshot snapshot;
      try (PreparedStatement select =
          connection.prepareStatement(
              "SELECT customer_name, customer_email, status, version FROM pizzeria_orders WHERE id"
                  + " = ?")) {
        select.setString(1, orderId);
        try (ResultSet row = select.executeQuery()) {
          if (!row.next()) {
            return Optional.empty();
          }
          snapshot =
              new OrderSnapshot(
                  orderId,
                  row.getString(1),
                  row.getString(2),
                  OrderStatus.valueOf(row.getString(3)),
                  pizzasOf(connection, orderId),
                  row.getLong(4));
        }
      }
      return Optional.of(Order.restore(snapshot));
    } catch (SQLException failure) {
      throw new IllegalStateException(
          "Cannot load order " + orderId + ": " + failure.getMessage(), failure);
    }
  }

  private static List<PizzaLine> pizzasOf(Connection connection, String orderId)
      throws SQLException {
    List<PizzaLine> pizzas = new ArrayList<>();
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT pizza, size, price_cents FROM pizzeria_order_pizzas WHERE order_id = ? ORDER BY"
                + " position")) {
      select.setString(1, orderId);
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          pizzas.add(
              new PizzaLine(row.getString(1), Size.valueOf(row.getString(2)), row.getLong(3)));
        }
      }
    }
    return pizzas;
  }

  @Override
  public CommitStep saving(Order order) {
    OrderSnapshot snapshot = order.snapshot();
    long loadedVersion = order.committedVersion();
    return outbox.transactional(connection -> save(connection, snapshot, loadedVersion));
  }

  private static void save(Connection connection, OrderSnapshot order, long loadedVersion)
      throws SQLException {
    int updated;
    try (PreparedStatement update =
        connection.prepareStatement(
            "UPDATE pizzeria_orders SET status = ?, version = ? WHERE id = ? AND version = ?")) {
      update.setString(1, order.status().name());
      update.setLong(2, order.version());
      update.setString(3, order.id());
      update.setLong(4, loadedVersion);
      updated = update.executeUpdate();
    }
    if (updated == 0) {
      if (loadedVersion != 0) {
        throw new ConcurrentModificationException(
            "Order " + order.id() + " changed since it was loaded at version " + loadedVersion);
      }
      try (PreparedStatement insert =
          connection.prepareStatement(
              "INSERT INTO pizzeria_orders (id, customer_name, customer_email, status, version)"
                  + " VALUES (?, ?, ?, ?, ?)")) {
        insert.setString(1, order.id());
        insert.setString(2, order.customerName());
        insert.setString(3, order.customerEmail());
        insert.setString(4, order.status().name());
        insert.setLong(5, order.version());
        insert.executeUpdate();
      }
    }
    if (order.status() == OrderStatus.PENDING) {
      // Only a pending order gains pizzas, so later saves leave the lines alone.
      try (PreparedStatement delete =
          connection.prepareStatement("DELETE FROM pizzeria_order_pizzas WHERE order_id = ?")) {
        delete.setString(1, order.id());
        delete.executeUpdate();
      }
      try (PreparedStatement insert =
          connection.prepareStatement(
              "INSERT INTO pizzeria_order_pizzas (order_id, position, pizza, size, price_cents)"
                  + " VALUES (?, ?, ?, ?, ?)")) {
        int position = 0;
        for (PizzaLine line : order.pizzas()) {
          insert.setString(1, order.id());
          insert.setInt(2, position++);
          insert.setString(3, line.pizza());
          insert.setString(4, line.size().name());
          insert.setLong(5, line.priceCents());
          insert.addBatch();
        }
        insert.executeBatch();
      }
    }
  }

  @Override
  public int count() {
    try (Connection connection = dataSource.getConnection();
        Statement select = connection.createStatement();
        ResultSet row = select.executeQuery("SELECT COUNT(*) FROM pizzeria_orders")) {
      row.next();
      return row.getInt(1);
    } catch (SQLException failure) {
      throw new IllegalStateException("Cannot count orders: " + failure.getMessage(), failure);
    }
  }
}
