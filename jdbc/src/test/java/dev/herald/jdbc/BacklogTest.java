package dev.herald.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.jdbc.support.Fixtures;
import dev.herald.jdbc.support.MutableClock;
import dev.herald.jdbc.support.TestDatabase;
import dev.herald.runtime.DeadLetter;
import dev.herald.runtime.spi.CommittingEvents;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@link JdbcOutbox#backlog()}: the pending deliveries and the age of the oldest. */
class BacklogTest {

  private static final Instant T0 = Instant.parse("2026-01-01T12:00:00Z");

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void countsPendingDeliveriesAndDatesTheOldestCommit(TestDatabase db) throws Exception {
    DataSource dataSource = db.newDataSource("backlog");
    MutableClock clock = new MutableClock(T0);
    JdbcOutbox outbox =
        Fixtures.outbox(dataSource).clock(clock).doneWriteBehind(Duration.ZERO, 1).build();
    outbox.createSchema();
    assertEquals(new OutboxBacklog(0, null, T0), outbox.backlog());

    CommittingEvents first = Fixtures.placed(T0, List.of("kitchen", "email"), "o-1");
    outbox.transactional(c -> {}).commit(first);
    clock.advance(Duration.ofSeconds(5));
    CommittingEvents second = Fixtures.placed(T0, List.of("kitchen", "email"), "o-2");
    outbox.transactional(c -> {}).commit(second);
    clock.advance(Duration.ofSeconds(10));

    OutboxBacklog backlog = outbox.backlog();
    assertEquals(new OutboxBacklog(4, T0, T0.plusSeconds(15)), backlog);
    assertEquals(Duration.ofSeconds(15), backlog.lag());

    // The oldest commit done: the lag is that of the next one.
    first.deliveries().forEach(outbox.deliveryStore()::delivered);
    assertEquals(new OutboxBacklog(2, T0.plusSeconds(5), T0.plusSeconds(15)), outbox.backlog());
    assertEquals(Duration.ofSeconds(10), outbox.backlog().lag());

    // A dead letter waits for a redrive, not for the relay: it is not pending.
    outbox
        .deliveryStore()
        .deadLettered(
            new DeadLetter(second.deliveries().get(1), 3, "java.io.IOException", "x", T0));
    assertEquals(1, outbox.backlog().pending());
    outbox.deliveryStore().delivered(second.deliveries().get(0));

    backlog = outbox.backlog();
    assertEquals(new OutboxBacklog(0, null, T0.plusSeconds(15)), backlog);
    assertEquals(Duration.ZERO, backlog.lag());
  }

  @Test
  void aDatabaseThatCannotBeReadIsAnOutboxStoreException() throws Exception {
    DataSource dataSource = TestDatabase.H2.newDataSource("backlog-no-tables");
    JdbcOutbox outbox = Fixtures.outbox(dataSource).build();
    OutboxStoreException thrown = assertThrows(OutboxStoreException.class, outbox::backlog);
    assertTrue(thrown.getMessage().startsWith("Counting pending deliveries failed"));
  }

  @Test
  void aBacklogIsConsistent() {
    assertThrows(IllegalArgumentException.class, () -> new OutboxBacklog(1, null, T0));
    assertThrows(IllegalArgumentException.class, () -> new OutboxBacklog(0, T0, T0));
    assertThrows(IllegalArgumentException.class, () -> new OutboxBacklog(-1, null, T0));
    // A reading on a clock behind the one that stamped the commit reports no lag, never a negative.
    assertEquals(Duration.ZERO, new OutboxBacklog(1, T0, T0.minusSeconds(1)).lag());
  }
}
