package com.mariopizzeria;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.mariopizzeria.analytics.SalesFigures;
import com.mariopizzeria.analytics.SalesReport;
import com.mariopizzeria.orders.Order;
import com.mariopizzeria.orders.OrderService.PizzaRequest;
import com.mariopizzeria.orders.OrderStatus;
import com.mariopizzeria.orders.Size;
import com.mariopizzeria.storage.JdbcStorage;
import dev.herald.runtime.generated.HandlerTable;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.ConcurrentModificationException;
import java.util.List;
import java.util.OptionalLong;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The default storage: H2 through herald-jdbc's outbox. The day plays as in memory, and the
 * database shows each order saved with its events, every delivery done, nothing of a vetoed or
 * failed unit of work stored, the loyalty accounts as streams of the event store and the sales
 * report rebuilt from them all.
 */
class OutboxDayTest {

  private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

  @Test
  void theDayThroughTheOutboxOnH2() throws Exception {
    try (PizzeriaComponent pizzeria = ScriptedDayTest.playAndCheck(PizzeriaSettings.defaults())) {
      DataSource db = ((JdbcStorage) pizzeria.storage()).dataSource();

      assertEquals(4, count(db, "SELECT COUNT(*) FROM pizzeria_orders"));
      assertEquals("PENDING", text(db, "SELECT status FROM pizzeria_orders WHERE id = 'order-4'"));
      assertEquals(
          3,
          count(
              db,
              "SELECT COUNT(*) FROM herald_events WHERE type_name ="
                  + " 'com.mariopizzeria.order.confirmed.v1'"));
      assertEquals(
          0,
          count(
              db,
              "SELECT COUNT(*) FROM herald_events WHERE aggregate_id = 'order-4'"
                  + " AND type_name = 'com.mariopizzeria.order.confirmed.v1'"),
          "the vetoed confirmation stored nothing");
      assertEquals(
          2,
          count(
              db,
              "SELECT COUNT(*) FROM herald_events WHERE type_name ="
                  + " 'com.mariopizzeria.kitchen.TicketCooked'"),
          "the kitchen module's events go through the outbox too");
      assertEquals(
          count(db, "SELECT COUNT(*) FROM herald_deliveries"),
          count(db, "SELECT COUNT(*) FROM herald_deliveries WHERE status = 'DONE'"),
          "every delivery done, the redriven one too");
      assertEquals(
          List.of("com.mariopizzeria.loyalty.points-earned"),
          texts(
              db,
              "SELECT type_name FROM herald_events WHERE aggregate_type = 'LoyaltyAccount'"
                  + " AND aggregate_id = 'luigi@example.com' AND stream_sequence = 1"),
          "the old till's points: the first event of Luigi's stream, stored as version 1");
      assertEquals(
          count(db, "SELECT MAX(stored_order) FROM herald_events"),
          count(db, "SELECT position FROM herald_trackers WHERE tracker_id = 'sales-report'"),
          "the report's tracker read every stored event");
      assertEquals(
          count(db, "SELECT MAX(version) FROM pizzeria_orders WHERE id = 'order-1'"),
          count(db, "SELECT MAX(sequence_no) FROM herald_events WHERE aggregate_id = 'order-1'"),
          "the order's version is the sequence of its last stored event");
    }
  }

  @Test
  void aRebuildStartsAgainFromTheFirstEvent() throws Exception {
    try (PizzeriaComponent pizzeria = ScriptedDayTest.playAndCheck(PizzeriaSettings.defaults())) {
      SalesReport report = pizzeria.salesReport();
      SalesFigures first = report.figures();
      report.startOver(Instant.EPOCH);
      HandlerTable table =
          pizzeria.handlerTables().stream()
              .filter(PizzeriaHandlerTable.class::isInstance)
              .findFirst()
              .orElseThrow();

      OptionalLong taken =
          pizzeria.storage().rebuild(SalesReport.TRACKER, table, SalesReport.class);

      assertEquals(OptionalLong.of(6), taken);
      assertEquals(first, report.figures());
      assertEquals(pizzeria.analytics().figures(), report.figures());
    }
  }

  /**
   * A durable SQLite file kept for a second day: the report counts only the day's events, the old
   * till is imported once, and Luigi, who spent its points, is refused the second tiramisu.
   */
  @Test
  void aSecondDayOnAKeptDatabaseReportsOnlyItsOwnSales(@TempDir Path dir) throws Exception {
    PizzeriaSettings settings =
        PizzeriaSettings.defaults()
            .withJdbc("jdbc:sqlite:" + dir.resolve("pizzeria.db"), null, null)
            .withOut(QUIET);
    for (int day = 1; day <= 2; day++) {
      try (PizzeriaComponent pizzeria = DaggerPizzeriaComponent.factory().create(settings)) {
        new PizzeriaDay(pizzeria).run();

        assertEquals(
            pizzeria.analytics().figures(), pizzeria.salesReport().figures(), "day " + day);
        assertEquals(6, pizzeria.salesReport().events(), "day " + day);
        assertEquals(
            day == 1 ? 13 : 13 + 23, pizzeria.loyalty().balance("luigi@example.com"), "day " + day);
        assertEquals(
            1,
            pizzeria.loyaltyAccounts().storedNames("luigi@example.com").stream()
                .filter("com.mariopizzeria.loyalty.points-earned"::equals)
                .count());
      }
    }
  }

  @Test
  void aFailedSaveStoresNoEvent() throws Exception {
    PizzeriaSettings settings = PizzeriaSettings.defaults().withOut(QUIET);
    try (PizzeriaComponent pizzeria = DaggerPizzeriaComponent.factory().create(settings)) {
      String orderId =
          pizzeria
              .orders()
              .place(
                  "Luigi",
                  "luigi@example.com",
                  List.of(new PizzaRequest("Funghi", Size.SMALL, 850)));
      Order stale = pizzeria.orders().find(orderId);
      pizzeria.orders().confirm(orderId);

      stale.cancel("changed his mind");
      var commit = pizzeria.bus().unitOfWork();
      commit.register(stale);
      assertThrows(
          ConcurrentModificationException.class,
          () -> commit.commit(pizzeria.storage().orders().saving(stale)));

      DataSource db = ((JdbcStorage) pizzeria.storage()).dataSource();
      assertEquals(
          0,
          count(
              db,
              "SELECT COUNT(*) FROM herald_events WHERE type_name ="
                  + " 'com.mariopizzeria.orders.OrderCancelled'"));
      assertEquals(OrderStatus.CONFIRMED, pizzeria.orders().find(orderId).status());
    }
  }

  @Test
  void moreOrdersAreAllCommittedAndDelivered() throws Exception {
    PizzeriaSettings settings = PizzeriaSettings.defaults().withEmailDownAttempts(0).withOut(QUIET);
    try (PizzeriaComponent pizzeria = DaggerPizzeriaComponent.factory().create(settings)) {
      Throughput.Figures figures = new Throughput(pizzeria).run(20);

      DataSource db = ((JdbcStorage) pizzeria.storage()).dataSource();
      assertEquals(20 * 4, figures.events(), "placed with two pizzas, then confirmed");
      assertEquals(figures.events(), count(db, "SELECT COUNT(*) FROM herald_events"));
      assertEquals(
          count(db, "SELECT COUNT(*) FROM herald_deliveries WHERE status = 'DONE'"),
          figures.deliveries());
      assertEquals(20, pizzeria.tickets().waiting().size());
    }
  }

  private static long count(DataSource db, String sql) throws SQLException {
    try (Connection connection = db.getConnection();
        PreparedStatement query = connection.prepareStatement(sql);
        ResultSet row = query.executeQuery()) {
      row.next();
      return row.getLong(1);
    }
  }

  private static List<String> texts(DataSource db, String sql) throws SQLException {
    List<String> texts = new ArrayList<>();
    try (Connection connection = db.getConnection();
        PreparedStatement query = connection.prepareStatement(sql);
        ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        texts.add(rows.getString(1));
      }
    }
    return texts;
  }

  private static String text(DataSource db, String sql) throws SQLException {
    try (Connection connection = db.getConnection();
        PreparedStatement query = connection.prepareStatement(sql);
        ResultSet row = query.executeQuery()) {
      row.next();
      return row.getString(1);
    }
  }
}
