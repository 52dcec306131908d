package dev.herald.benchmarks.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.jdbc.JdbcOutbox;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Smoke test of the outbox harness on H2 in memory (no timing asserted): each contender does the
 * work its figure claims, so a broken harness fails the build instead of publishing a number.
 */
class OutboxHarnessTest {

  @Test
  void rawInsertsStoreThreeEventRowsPerUnitOfWork() throws Exception {
    try (Database.Open db = Database.H2_MEM.open()) {
      OrdersTable.create(db.dataSource());
      JdbcOutbox.builder(db.dataSource())
          .codec(new BenchCodec())
          .tablePrefix(RawInserts.TABLES.prefix())
          .build()
          .createSchema();

      Measurement measurement = new RawInserts(db.dataSource(), false).run(40, 2);

      assertEquals(120, measurement.events());
      assertEquals(40, OrdersTable.count(db.dataSource(), "SELECT COUNT(*) FROM bench_orders"));
      assertEquals(120, OrdersTable.count(db.dataSource(), "SELECT COUNT(*) FROM raw_events"));
    }
  }

  @Test
  void heraldOutboxDeliversEveryEventAndMarksItDone() throws Exception {
    try (Database.Open db = Database.H2_MEM.open();
        HeraldOutbox outbox = new HeraldOutbox(db.dataSource(), 40)) {
      OrdersTable.create(db.dataSource());

      Measurement measurement = outbox.throughput(40, 2);

      assertEquals(120, measurement.events());
      assertEquals(
          120,
          OrdersTable.count(
              db.dataSource(), "SELECT COUNT(*) FROM herald_deliveries WHERE status = 'DONE'"));
      assertEquals(40, OrdersTable.count(db.dataSource(), "SELECT COUNT(*) FROM bench_orders"));
    }
  }

  @Test
  void latencyRunMeasuresEveryDeliveryAfterItsCommit() throws Exception {
    try (Database.Open db = Database.H2_MEM.open();
        HeraldOutbox outbox = new HeraldOutbox(db.dataSource(), 30)) {
      OrdersTable.create(db.dataSource());

      long[] latencies = outbox.latencies(30, 1_000);

      assertEquals(90, latencies.length);
      assertTrue(
          latencies[0] > 0, "a handler ran before its unit of work committed: " + latencies[0]);
      assertTrue(Probe.percentile(latencies, 50) <= Probe.percentile(latencies, 99));
    }
  }

  @Test
  void codecWritesTheRecordsAsFlatJson() {
    BenchCodec codec = new BenchCodec();

    assertEquals(
        "{\"orderId\":\"order-7\",\"unit\":7,\"totalCents\":2450}",
        codec.encode(new OrderConfirmed("order-7", 7, 2_450L)));
    assertEquals("dev.herald.bench.order.ready.v1", codec.typeName(OrderReady.class));
    assertEquals(3, codec.integrationEvents().size());
    assertThrows(IllegalArgumentException.class, () -> codec.encode("not an event"));
  }

  @Test
  void percentileIsTheNearestRank() {
    long[] sorted = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};

    assertEquals(5, Probe.percentile(sorted, 50));
    assertEquals(10, Probe.percentile(sorted, 99));
    assertEquals(
        List.of(Database.SQLITE_FULL, Database.SQLITE_NORMAL, Database.POSTGRESQL),
        List.of(Database.parse("sqlite"), Database.parse("sqlite-normal"), Database.parse("pg")));
  }
}
