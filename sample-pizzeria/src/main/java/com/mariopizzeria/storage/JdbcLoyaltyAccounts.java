package com.mariopizzeria.storage;

import com.mariopizzeria.loyalty.LoyaltyAccount;
import com.mariopizzeria.loyalty.LoyaltyAccounts;
import com.mariopizzeria.loyalty.PointsEarnedV1;
import dev.herald.jdbc.EventSourcedRepository;
import dev.herald.jdbc.JdbcOutbox;
import dev.herald.runtime.spi.CommitStep;
import dev.herald.runtime.spi.CommittingEvents;
import dev.herald.runtime.spi.EventEnvelope;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Loyalty accounts in herald-jdbc's event store: each account a stream of rows of {@code
 * herald_events}, appended in the transaction that stores the deliveries of the unit of work (so
 * two credits of one account cannot both win, and no event is kept without its deliveries), and
 * read back through the generated codec, which upcasts the old till's version 1.
 */
public final class JdbcLoyaltyAccounts implements LoyaltyAccounts {

  private final DataSource dataSource;
  private final EventSourcedRepository<LoyaltyAccount> accounts;

  public JdbcLoyaltyAccounts(DataSource dataSource, JdbcOutbox outbox) {
    this.dataSource = dataSource;
    this.accounts =
        outbox.eventStore().repository(LoyaltyAccount.class, LoyaltyAccount::new).build();
  }

  @Override
  public LoyaltyAccount load(String customer) {
    return accounts.load(customer);
  }

  /**
   * {@inheritDoc}
   *
   * @throws dev.herald.jdbc.ConcurrentAppendException from the step, when another append to the
   *     account committed since it was loaded; nothing was written
   */
  @Override
  public CommitStep saving(LoyaltyAccount account) {
    return accounts.saving(account);
  }

  /**
   * {@inheritDoc}
   *
   * <p>The account raises the credit as today's {@code PointsEarned}, which gives it its place in
   * the stream; the row written there is the old till's shape of it, which the outbox's codec
   * stores under version 1's name. No delivery: it is history, not news.
   */
  @Override
  public void importFromOldTill(String customer, int points) {
    if (accounts.find(customer).isPresent()) {
      return;
    }
    LoyaltyAccount account = new LoyaltyAccount(customer);
    account.earn(PointsEarnedV1.OLD_TILL, points * 100L);
    EventEnvelope raised = account.uncommittedEvents().get(0);
    EventEnvelope asTheOldTillStoredIt =
        new EventEnvelope(
            raised.eventId(),
            raised.aggregateType(),
            raised.aggregateId(),
            raised.sequence(),
            raised.occurredAt(),
            new PointsEarnedV1(customer, points));
    try {
      accounts
          .saving(account)
          .commit(new CommittingEvents(List.of(asTheOldTillStoredIt), List.of()));
    } catch (Exception failure) {
      throw new IllegalStateException(
          "Cannot import the old till's points of " + customer + ": " + failure.getMessage(),
          failure);
    }
  }

  // herald_events is the outbox's own table: the sample keeps herald-jdbc's default table names.
  @Override
  public List<String> storedNames(String customer) {
    return strings(
        "SELECT type_name FROM herald_events WHERE aggregate_type = ? AND aggregate_id = ?"
            + " AND stream_sequence IS NOT NULL ORDER BY stream_sequence",
        customer);
  }

  @Override
  public List<String> customers() {
    return strings(
            "SELECT DISTINCT aggregate_id FROM herald_events WHERE aggregate_type = ?"
                + " AND stream_sequence IS NOT NULL")
        .stream()
        .sorted()
        .toList();
  }

  /** The first column of the query's rows, given the aggregate type and then {@code more}. */
  private List<String> strings(String sql, String... more) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query = connection.prepareStatement(sql)) {
      query.setString(1, accounts.aggregateType());
      for (int i = 0; i < more.length; i++) {
        query.setString(i + 2, more[i]);
      }
      List<String> values = new ArrayList<>();
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          values.add(rows.getString(1));
        }
      }
      return values;
    } catch (SQLException failure) {
      throw new IllegalStateException(
          "Cannot read the loyalty accounts: " + failure.getMessage(), failure);
    }
  }
}
