package com.mariopizzeria.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mariopizzeria.PizzeriaEventCodec;
import com.mariopizzeria.PizzeriaSettings;
import com.mariopizzeria.loyalty.LoyaltyAccount;
import com.mariopizzeria.loyalty.LoyaltyAccounts;
import com.mariopizzeria.loyalty.PointsEarned;
import com.mariopizzeria.loyalty.PointsEarnedV1;
import dev.herald.jdbc.ConcurrentAppendException;
import dev.herald.runtime.spi.EventEnvelope;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The loyalty store with a database: herald-jdbc's event store on H2, the shared cases, and the old
 * till's row as it lies in {@code herald_events}, upcast when the account is loaded.
 */
class JdbcLoyaltyAccountsTest extends LoyaltyAccountsContract {

  private final JdbcStorage storage =
      JdbcStorage.open(PizzeriaSettings.defaults(), List.of(new PizzeriaEventCodec()));

  @AfterEach
  void close() {
    storage.close();
  }

  @Override
  LoyaltyAccounts accounts() {
    return storage.loyaltyAccounts();
  }

  @Override
  Class<? extends RuntimeException> conflict() {
    return ConcurrentAppendException.class;
  }

  @Test
  void theOldTillsRowIsVersionOneAndIsUpcastWhenLoaded() throws Exception {
    accounts().importFromOldTill(LUIGI, 50);

    try (Connection connection = storage.dataSource().getConnection();
        PreparedStatement select =
            connection.prepareStatement(
                "SELECT type_name, payload, stream_sequence FROM herald_events"
                    + " WHERE aggregate_type = 'LoyaltyAccount' AND aggregate_id = ?");
        ResultSet row = selectFor(select, LUIGI)) {
      assertTrue(row.next());
      assertEquals(V1, row.getString(1));
      assertFalse(row.getString(2).contains("orderId"), row.getString(2));
      assertEquals(1, row.getLong(3));
      assertFalse(row.next());
    }
    List<EventEnvelope> history = storage.outbox().eventStore().history("LoyaltyAccount", LUIGI);
    assertEquals(
        List.of(new PointsEarned(LUIGI, PointsEarnedV1.OLD_TILL, 50)),
        history.stream().map(EventEnvelope::event).toList());
    LoyaltyAccount account = accounts().load(LUIGI);
    assertEquals(50, account.balance());
    assertEquals(
        0, count("SELECT COUNT(*) FROM herald_deliveries"), "the old till's points are not news");
  }

  private static ResultSet selectFor(PreparedStatement select, String customer) throws Exception {
    select.setString(1, customer);
    return select.executeQuery();
  }

  private long count(String sql) throws Exception {
    try (Connection connection = storage.dataSource().getConnection();
        PreparedStatement select = connection.prepareStatement(sql);
        ResultSet row = select.executeQuery()) {
      row.next();
      return row.getLong(1);
    }
  }
}
