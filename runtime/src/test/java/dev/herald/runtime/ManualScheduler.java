package dev.herald.runtime;

import dev.herald.runtime.spi.RetryScheduler;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A retry scheduler on a manual clock: records each requested delay and runs due tasks on demand.
 */
final class ManualScheduler implements RetryScheduler {

  private record Scheduled(Instant due, long order, Runnable task) {}

  private final ManualClock clock;
  private final List<Scheduled> pending = new ArrayList<>();
  private final List<Duration> requested = new ArrayList<>();
  private long order;

  ManualScheduler(ManualClock clock) {
    this.clock = clock;
  }

  @Override
  public synchronized void schedule(Duration delay, Runnable task) {
    requested.add(delay);
    pending.add(new Scheduled(clock.instant().plus(delay), order++, task));
  }

  synchronized List<Duration> requestedDelays() {
    return List.copyOf(requested);
  }

  synchronized int pending() {
    return pending.size();
  }

  /** Moves the clock and runs, in due order, every task due by then (outside the lock). */
  void advance(Duration duration) {
    clock.advance(duration);
    for (; ; ) {
      Scheduled next;
      synchronized (this) {
        next =
            pending.stream()
                .filter(s -> !s.due().isAfter(clock.instant()))
                .min(Comparator.comparing(Scheduled::due).thenComparingLong(Scheduled::order))
                .orElse(null);
        if (next == null) {
          return;
        }
        pending.remove(next);
      }
      next.task().run();
    }
  }
}
