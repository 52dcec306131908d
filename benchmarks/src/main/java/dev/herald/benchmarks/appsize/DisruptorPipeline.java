package dev.herald.benchmarks.appsize;

import com.lmax.disruptor.EventHandler;
import com.lmax.disruptor.RingBuffer;
import com.lmax.disruptor.WaitStrategy;
import com.lmax.disruptor.dsl.Disruptor;
import com.lmax.disruptor.dsl.ProducerType;
import com.lmax.disruptor.util.DaemonThreadFactory;
import dev.herald.benchmarks.Tally;
import dev.herald.benchmarks.app.OrderConfirmed;
import dev.herald.benchmarks.app.OrderPlaced;
import dev.herald.benchmarks.app.PizzaAdded;
import dev.herald.benchmarks.app.herald.HeraldOrderAnalytics;
import dev.herald.benchmarks.app.herald.HeraldOrderBilling;
import dev.herald.benchmarks.app.herald.HeraldOrderKitchen;

/**
 * The floor for in-process hand-off in the async scenario: the LMAX Disruptor doing the async
 * scenario's work without a bus. The benchmark thread publishes each operation's three events into
 * one ring; one consumer thread per shard (as many as Herald's pool has threads) takes the events
 * of its aggregates only, so each aggregate's events run in order on one thread, and calls the same
 * handler classes with the same bodies.
 */
public final class DisruptorPipeline implements AutoCloseable {

  private static final int RING_SIZE = 1 << 14;
  private static final int PLACED = 0;
  private static final int ADDED = 1;
  private static final int CONFIRMED = 2;

  /** A ring slot: the event, which of the three it is, and the shard of its aggregate. */
  static final class Slot {
    Object event;
    int kind;
    int shard;
  }

  private final Disruptor<Slot> disruptor;
  private final RingBuffer<Slot> ring;
  private final String[] ids;
  private final int shards;

  /** Starts the consumer threads; {@code aggregates} orders are spread over {@code shards}. */
  public DisruptorPipeline(Tally tally, int aggregates, int shards, WaitStrategy waitStrategy) {
    this.shards = shards;
    this.ids = new String[aggregates];
    for (int i = 0; i < aggregates; i++) {
      ids[i] = "order-" + i;
    }
    disruptor =
        new Disruptor<>(
            Slot::new, RING_SIZE, DaemonThreadFactory.INSTANCE, ProducerType.SINGLE, waitStrategy);
    Shard[] consumers = new Shard[shards];
    for (int shard = 0; shard < shards; shard++) {
      consumers[shard] = new Shard(shard, tally);
    }
    disruptor.handleEventsWith(consumers);
    ring = disruptor.start();
  }

  /**
   * Publishes the three events of one operation on every aggregate, {@code rounds} times over, then
   * waits until every consumer has passed the last one.
   */
  public void run(int rounds) {
    for (int round = 0; round < rounds; round++) {
      for (int aggregate = 0; aggregate < ids.length; aggregate++) {
        String id = ids[aggregate];
        int shard = aggregate % shards;
        publish(new OrderPlaced(id, "customer-7", 1_250), PLACED, shard);
        publish(new PizzaAdded(id, "margherita", 1_250), ADDED, shard);
        publish(new OrderConfirmed(id, "customer-7", 1_250), CONFIRMED, shard);
      }
    }
    long last = ring.getCursor();
    while (ring.getMinimumGatingSequence() < last) {
      Thread.yield();
    }
  }

  private void publish(Object event, int kind, int shard) {
    long sequence = ring.next();
    Slot slot = ring.get(sequence);
    slot.event = event;
    slot.kind = kind;
    slot.shard = shard;
    ring.publish(sequence);
  }

  @Override
  public void close() {
    disruptor.shutdown();
  }

  /** One consumer thread: the handlers of its shard's events, called directly. */
  private static final class Shard implements EventHandler<Slot> {
    private final int shard;
    private final HeraldOrderAnalytics analytics;
    private final HeraldOrderKitchen kitchen;
    private final HeraldOrderBilling billing;

    Shard(int shard, Tally tally) {
      this.shard = shard;
      this.analytics = new HeraldOrderAnalytics(tally);
      this.kitchen = new HeraldOrderKitchen(tally);
      this.billing = new HeraldOrderBilling(tally);
    }

    @Override
    public void onEvent(Slot slot, long sequence, boolean endOfBatch) {
      if (slot.shard != shard) {
        return;
      }
      switch (slot.kind) {
        case PLACED -> analytics.on((OrderPlaced) slot.event);
        case ADDED -> kitchen.on((PizzaAdded) slot.event);
        default -> billing.on((OrderConfirmed) slot.event);
      }
    }
  }
}
