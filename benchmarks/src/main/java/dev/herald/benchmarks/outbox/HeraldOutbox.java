package dev.herald.benchmarks.outbox;

import dev.herald.jdbc.JdbcOutbox;
import dev.herald.runtime.EventBus;
import dev.herald.runtime.UnitOfWork;
import dev.herald.runtime.spi.CommitStep;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import javax.sql.DataSource;

/**
 * Herald with the JDBC outbox over one database: an {@link EventBus} whose delivery store is a
 * {@link JdbcOutbox}'s, three AFTER_COMMIT subscribers (one per event type, so each unit of work
 * owes three deliveries), and units of work committed through {@code outbox.transactional(..)} with
 * the order row as the application's write. A run ends when every delivery was handled and marked
 * {@code DONE}; no relay runs (it only polls for recovery, the common path does not need it).
 */
final class HeraldOutbox implements AutoCloseable {

  private final DataSource dataSource;
  private final JdbcOutbox outbox;
  private final EventBus bus;
  private final Probe probe;

  HeraldOutbox(DataSource dataSource, int units) {
    this.dataSource = dataSource;
    this.probe = new Probe(units);
    this.outbox = JdbcOutbox.builder(dataSource).codec(new BenchCodec()).nodeId("bench").build();
    outbox.createSchema();
    this.bus =
        EventBus.builder(List.of())
            .deliveryStore(outbox.deliveryStore())
            .subscribe(
                "bench.kitchen",
                OrderPlaced.class,
                (event, context) -> probe.handled(event.unit(), context))
            .subscribe(
                "bench.billing",
                OrderConfirmed.class,
                (event, context) -> probe.handled(event.unit(), context))
            .subscribe(
                "bench.delivery",
                OrderReady.class,
                (event, context) -> probe.handled(event.unit(), context))
            .build();
  }

  /**
   * Commits {@code units} units of work from {@code threads} threads and waits for every delivery.
   */
  Measurement throughput(int units, int threads) throws Exception {
    long start = System.nanoTime();
    Workers.run(units, threads, this::commit);
    awaitDelivered();
    long nanos = System.nanoTime() - start;
    verify(units);
    return new Measurement((long) units * BenchOrder.EVENTS_PER_UNIT, nanos);
  }

  /**
   * Commits {@code units} units of work from one thread at {@code unitsPerSecond}, a pace below the
   * saturation point so that queueing does not dominate, and returns the sorted commit-to-handler
   * latencies in nanoseconds.
   */
  long[] latencies(int units, double unitsPerSecond) throws Exception {
    long period = (long) (1e9 / unitsPerSecond);
    long start = System.nanoTime();
    for (int unit = 0; unit < units; unit++) {
      long due = start + unit * period;
      long wait;
      while ((wait = due - System.nanoTime()) > 0) {
        LockSupport.parkNanos(wait);
      }
      commit(unit);
    }
    awaitDelivered();
    verify(units);
    return probe.sortedLatencies(units);
  }

  private void commit(int unit) {
    BenchOrder order = BenchOrder.placeConfirmAndBake(unit);
    CommitStep transaction =
        outbox.transactional(connection -> OrdersTable.insert(connection, order, unit));
    try (UnitOfWork work = bus.unitOfWork()) {
      work.register(order);
      work.commit(
          events -> {
            transaction.commit(events);
            probe.committed(unit);
          });
    }
  }

  private void awaitDelivered() throws InterruptedException {
    if (!bus.awaitIdle(Duration.ofMinutes(5))) {
      throw new IllegalStateException("deliveries still in flight after 5 minutes");
    }
  }

  /** The figure counts only real work: every delivery handled once and marked DONE in the table. */
  private void verify(int units) throws Exception {
    long expected = (long) units * BenchOrder.EVENTS_PER_UNIT;
    long done =
        OrdersTable.count(
            dataSource,
            "SELECT COUNT(*) FROM " + outbox.tables().deliveries() + " WHERE status = 'DONE'");
    if (probe.handledCount() != expected || done != expected || !bus.deadLetters().isEmpty()) {
      throw new IllegalStateException(
          "expected "
              + expected
              + " deliveries handled and DONE, got "
              + probe.handledCount()
              + " handled, "
              + done
              + " DONE, "
              + bus.deadLetters().size()
              + " dead letters");
    }
  }

  @Override
  public void close() {
    bus.shutdown(Duration.ofSeconds(TimeUnit.MINUTES.toSeconds(1)));
  }
}
