package dev.herald.jdbc;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.jdbc.schema.Dialect;
import dev.herald.jdbc.schema.OutboxTables;
import dev.herald.jdbc.support.Fixtures;
import dev.herald.jdbc.support.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Collections;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * On PostgreSQL, every statement that addresses one delivery row by its key finds it through the
 * primary key, even in the plan the server caches for a new table: a plan through the partial index
 * of pending (or dead) deliveries scans the whole backlog for each row.
 */
class KeyedStatementPlanTest {

  @Test
  void keyedStatementsUseThePrimaryKeyInTheGenericPlanOfANewTable() throws Exception {
    DataSource dataSource = TestDatabase.POSTGRESQL.newDataSource("keyed-plans");
    JdbcOutbox outbox = Fixtures.outbox(dataSource).build();
    outbox.createSchema();
    OutboxSql sql = new OutboxSql(OutboxTables.defaults(), Dialect.POSTGRESQL);
    Map<String, String> statements =
        Map.of(
            "markDone", sql.markDone,
            "markRetrying", sql.markRetrying,
            "renewLease", sql.renewLease,
            "claimIfStillDue", sql.claimIfStillDue,
            "reviveDeadLetter", sql.reviveDeadLetter,
            "selectDeadLetterForUpdate", sql.selectDeadLetterForUpdate);
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      // The plan the server switches to after five executions of a prepared statement.
      statement.execute("SET plan_cache_mode = force_generic_plan");
      for (Map.Entry<String, String> entry : statements.entrySet()) {
        String plan = genericPlan(statement, entry.getKey(), entry.getValue());
        assertTrue(
            plan.contains("herald_deliveries_pkey")
                && !plan.contains("herald_deliveries_due")
                && !plan.contains("herald_deliveries_dead"),
            entry.getKey() + " does not find its row by the primary key:\n" + plan);
      }
    }
  }

  /** EXPLAINs the statement prepared with {@code $n} parameters, whose types the server infers. */
  private static String genericPlan(Statement statement, String name, String sql) throws Exception {
    StringBuilder numbered = new StringBuilder();
    int parameters = 0;
    for (char c : sql.toCharArray()) {
      if (c == '?') {
        numbered.append('$').append(++parameters);
      } else {
        numbered.append(c);
      }
    }
    statement.execute("PREPARE " + name + " AS " + numbered);
    StringBuilder plan = new StringBuilder();
    String arguments = String.join(", ", Collections.nCopies(parameters, "NULL"));
    try (ResultSet rows =
        statement.executeQuery("EXPLAIN EXECUTE " + name + "(" + arguments + ")")) {
      while (rows.next()) {
        plan.append(rows.getString(1)).append('\n');
      }
    }
    return plan.toString();
  }
}
