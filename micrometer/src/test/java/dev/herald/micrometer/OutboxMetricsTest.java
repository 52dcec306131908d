package dev.herald.micrometer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.jdbc.JdbcOutbox;
import dev.herald.micrometer.TicketCodec.TicketReady;
import dev.herald.runtime.spi.CommittingEvents;
import dev.herald.runtime.spi.Delivery;
import dev.herald.runtime.spi.EventEnvelope;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MockClock;
import io.micrometer.core.instrument.simple.SimpleConfig;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * The outbox gauges over a real (in-memory H2) outbox: pending deliveries and the lag follow the
 * table, one query serves a scrape of both, and an unreadable database reads as NaN.
 */
class OutboxMetricsTest {

  private final MockClock meterClock = new MockClock();
  private final SimpleMeterRegistry registry =
      new SimpleMeterRegistry(SimpleConfig.DEFAULT, meterClock);

  @Test
  void pendingAndLagFollowTheOutboxAndOneQueryServesBothGauges() throws Exception {
    JdbcOutbox outbox = outbox(newDataSource());
    outbox.createSchema();
    AtomicInteger queries = new AtomicInteger();
    new OutboxMetrics(
            "orders",
            () -> {
              queries.incrementAndGet();
              return outbox.backlog();
            },
            OutboxMetrics.DEFAULT_CACHE)
        .bindTo(registry);

    assertEquals(0.0, pending(registry, "orders"));
    assertEquals(0.0, lag(registry, "orders"));
    assertEquals(1, queries.get(), "one query for both gauges");

    CommittingEvents committed = tickets("t-1", "t-2");
    outbox.transactional(c -> {}).commit(committed);
    assertEquals(0.0, pending(registry, "orders"), "the reading is reused within a second");
    assertEquals(1, queries.get());

    Thread.sleep(20);
    meterClock.add(OutboxMetrics.DEFAULT_CACHE);
    assertEquals(2.0, pending(registry, "orders"));
    double lag = lag(registry, "orders");
    assertTrue(lag >= 0.02 && lag < 60, "seconds since the commit: " + lag);
    assertEquals(2, queries.get());

    committed.deliveries().forEach(outbox.deliveryStore()::delivered);
    meterClock.add(OutboxMetrics.DEFAULT_CACHE);
    assertEquals(0.0, pending(registry, "orders"));
    assertEquals(0.0, lag(registry, "orders"));
    assertEquals(3, queries.get());
  }

  @Test
  void prometheusShowsBothGaugesUnderTheTablePrefix() throws Exception {
    JdbcOutbox outbox = outbox(newDataSource());
    outbox.createSchema();
    outbox.transactional(c -> {}).commit(tickets("t-3"));
    PrometheusMeterRegistry prometheus = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    new OutboxMetrics(outbox).bindTo(prometheus);
    // Nothing keeps the binder: the gauges must still read after a collection.
    System.gc();

    String scrape = prometheus.scrape();
    assertTrue(scrape.contains("herald_outbox_pending{outbox=\"herald\"} 1"), scrape);
    assertTrue(scrape.contains("herald_outbox_lag_seconds{outbox=\"herald\"}"), scrape);
    assertFalse(scrape.contains("NaN"), scrape);
  }

  @Test
  void aDatabaseThatCannotBeReadIsNaNUntilItCanBeReadAgain() throws Exception {
    JdbcDataSource dataSource = newDataSource();
    // No tables yet: the query fails as it would on a database that is down.
    new OutboxMetrics(outbox(dataSource), "orders").bindTo(registry);
    assertTrue(Double.isNaN(pending(registry, "orders")));
    assertTrue(Double.isNaN(lag(registry, "orders")));

    outbox(dataSource).createSchema();
    meterClock.add(OutboxMetrics.DEFAULT_CACHE);
    assertEquals(0.0, pending(registry, "orders"));
  }

  @Test
  void refusesABlankNameOrANegativeCache() throws Exception {
    JdbcOutbox outbox = outbox(newDataSource());
    IllegalArgumentException blank =
        assertThrows(IllegalArgumentException.class, () -> new OutboxMetrics(outbox, " "));
    assertTrue(blank.getMessage().contains("outbox name"), blank.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> new OutboxMetrics(outbox, "orders", Duration.ofSeconds(-1)));
  }

  private static double pending(MeterRegistry registry, String outbox) {
    return registry
        .get(OutboxMetrics.PENDING)
        .tag(OutboxMetrics.OUTBOX_TAG, outbox)
        .gauge()
        .value();
  }

  private static double lag(MeterRegistry registry, String outbox) {
    return registry.get(OutboxMetrics.LAG).tag(OutboxMetrics.OUTBOX_TAG, outbox).gauge().value();
  }

  private static JdbcDataSource newDataSource() {
    JdbcDataSource h2 = new JdbcDataSource();
    // DB_CLOSE_DELAY keeps the in-memory database while no connection is open.
    h2.setURL("jdbc:h2:mem:outbox-metrics-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    return h2;
  }

  /** An outbox that marks deliveries done at once, so the gauges see them done. */
  private static JdbcOutbox outbox(JdbcDataSource dataSource) {
    return JdbcOutbox.builder(dataSource)
        .codec(new TicketCodec())
        .doneWriteBehind(Duration.ZERO, 1)
        .build();
  }

  /** One ticket event per name, each owed to the "display" route. */
  private static CommittingEvents tickets(String... names) {
    List<EventEnvelope> events = new ArrayList<>();
    List<Delivery> deliveries = new ArrayList<>();
    for (String name : names) {
      EventEnvelope envelope =
          new EventEnvelope(UUID.randomUUID(), null, null, 0, Instant.now(), new TicketReady(name));
      events.add(envelope);
      deliveries.add(new Delivery(envelope, "display"));
    }
    return new CommittingEvents(events, deliveries);
  }
}
