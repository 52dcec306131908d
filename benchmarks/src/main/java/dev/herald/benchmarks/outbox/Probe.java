package dev.herald.benchmarks.outbox;

import dev.herald.runtime.EventContext;
import dev.herald.runtime.generated.HandlerTable;
import java.util.Arrays;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.LongAdder;

/**
 * Timestamps of one run: when each unit of work's transaction committed, and how long after that
 * each of its events reached its handler (System.nanoTime, same JVM).
 */
public final class Probe {

  private final long[] committedAt;
  private final long[] latencies;
  private final LongAdder handled = new LongAdder();

  /** A probe for units 0..units-1 of {@link BenchOrder#EVENTS_PER_UNIT} events each. */
  public Probe(int units) {
    committedAt = new long[units];
    latencies = new long[units * BenchOrder.EVENTS_PER_UNIT];
  }

  /** Called by the committing thread right after the database commit returned. */
  public void committed(int unit) {
    committedAt[unit] = System.nanoTime();
  }

  /**
   * Called by a handler: the bus hands the delivery to its executor after the commit stamp was
   * written, so the read below sees it.
   */
  public CompletionStage<?> handled(int unit, EventContext context) {
    latencies[unit * BenchOrder.EVENTS_PER_UNIT + (int) context.sequence() - 1] =
        System.nanoTime() - committedAt[unit];
    handled.increment();
    return HandlerTable.COMPLETED;
  }

  /** Deliveries handled so far. */
  public long handledCount() {
    return handled.sum();
  }

  /** The latencies of the first {@code units} units, sorted, in nanoseconds. */
  public long[] sortedLatencies(int units) {
    long[] sorted = Arrays.copyOf(latencies, units * BenchOrder.EVENTS_PER_UNIT);
    Arrays.sort(sorted);
    return sorted;
  }

  /** The value below which {@code percent} % of the sorted values lie (nearest rank). */
  public static long percentile(long[] sorted, double percent) {
    int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }
}
