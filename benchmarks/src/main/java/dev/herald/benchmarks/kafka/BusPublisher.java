package dev.herald.benchmarks.kafka;

import dev.herald.benchmarks.outbox.BenchCodec;
import dev.herald.benchmarks.outbox.BenchOrder;
import dev.herald.benchmarks.outbox.Database;
import dev.herald.benchmarks.outbox.Measurement;
import dev.herald.benchmarks.outbox.OrdersTable;
import dev.herald.benchmarks.outbox.Workers;
import dev.herald.jdbc.JdbcOutbox;
import dev.herald.kafka.bus.KafkaBusPublishing;
import dev.herald.kafka.publish.KafkaIntegrationPublisher;
import dev.herald.runtime.EventBus;
import dev.herald.runtime.UnitOfWork;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Herald's publisher as the bus's AFTER_COMMIT subscriber ({@link KafkaBusPublishing}): units of
 * work commit an aggregate's three events, the bus delivers each to the publisher in order per
 * aggregate and counts it delivered once the broker acknowledged it. Without a database the bus
 * keeps its in-memory delivery store; with one, every unit of work also goes through the JDBC
 * outbox (events, deliveries and the order row in one transaction, each delivery marked DONE after
 * the ack).
 */
final class BusPublisher implements Contender {

  private final String bootstrapServers;
  private final Database outboxDatabase;
  private final int threads;
  private final boolean handOff;

  /**
   * {@code outboxDatabase} null: no outbox. {@code handOff}: an experiment, not Herald as shipped:
   * instead of {@link KafkaBusPublishing}, subscribers that complete each delivery on a pool of
   * their own rather than on the Kafka producer's I/O thread, where the bus would otherwise run the
   * outbox's {@code delivered} UPDATE (see the README).
   */
  BusPublisher(String bootstrapServers, Database outboxDatabase, int threads, boolean handOff) {
    this.bootstrapServers = bootstrapServers;
    this.outboxDatabase = outboxDatabase;
    this.threads = threads;
    this.handOff = handOff;
  }

  @Override
  public String label() {
    String label =
        outboxDatabase == null
            ? "Herald bus → Kafka subscriber, no outbox"
            : "Herald bus + JDBC outbox (" + outboxDatabase.label() + ") → Kafka subscriber";
    return handOff ? label + " — experiment: ack handed off the producer I/O thread" : label;
  }

  @Override
  public boolean usesOutbox() {
    return outboxDatabase != null;
  }

  @Override
  public Measurement run(String topic, int units) throws Exception {
    try (KafkaIntegrationPublisher publisher = DirectPublisher.publisher(bootstrapServers, topic);
        Database.Open db = outboxDatabase == null ? null : outboxDatabase.open()) {
      EventBus.Builder builder = EventBus.builder(List.of());
      JdbcOutbox outbox = null;
      if (db != null) {
        outbox =
            JdbcOutbox.builder(db.dataSource()).codec(new BenchCodec()).nodeId("bench").build();
        outbox.createSchema();
        OrdersTable.create(db.dataSource());
        builder.deliveryStore(outbox.deliveryStore());
      }
      ExecutorService completions = handOff ? Executors.newFixedThreadPool(2) : null;
      EventBus bus =
          (handOff
                  ? HandOffSubscribers.subscribe(builder, publisher, completions)
                  : KafkaBusPublishing.subscribe(builder, publisher))
              .build();
      try {
        JdbcOutbox store = outbox;
        long start = System.nanoTime();
        Workers.run(units, threads, unit -> commit(bus, store, unit));
        if (!bus.awaitIdle(Duration.ofMinutes(5))) {
          throw new IllegalStateException("deliveries to Kafka still in flight after 5 minutes");
        }
        long nanos = System.nanoTime() - start;
        long events = (long) units * BenchOrder.EVENTS_PER_UNIT;
        if (!bus.deadLetters().isEmpty()) {
          throw new IllegalStateException(
              bus.deadLetters().size()
                  + " deliveries to Kafka were dead-lettered, e.g. "
                  + bus.deadLetters().get(0).failureMessage());
        }
        if (db != null) {
          long done =
              OrdersTable.count(
                  db.dataSource(),
                  "SELECT COUNT(*) FROM " + store.tables().deliveries() + " WHERE status = 'DONE'");
          if (done != events) {
            throw new IllegalStateException(done + " outbox deliveries DONE, expected " + events);
          }
        }
        return new Measurement(events, nanos);
      } finally {
        bus.shutdown(Duration.ofSeconds(30));
        if (completions != null) {
          completions.shutdown();
        }
      }
    }
  }

  private static void commit(EventBus bus, JdbcOutbox outbox, int unit) {
    BenchOrder order = BenchOrder.placeConfirmAndBake(unit);
    try (UnitOfWork work = bus.unitOfWork()) {
      work.register(order);
      if (outbox == null) {
        work.commit();
      } else {
        work.commit(
            outbox.transactional(connection -> OrdersTable.insert(connection, order, unit)));
      }
    }
  }
}
