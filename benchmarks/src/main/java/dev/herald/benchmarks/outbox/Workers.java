package dev.herald.benchmarks.outbox;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/** Runs units of work 0..n-1 on a few committing threads, each taking the next unit number. */
public final class Workers {

  /** One unit of work. */
  @FunctionalInterface
  public interface Unit {
    void run(int unit) throws Exception;
  }

  private Workers() {}

  /**
   * Runs every unit and returns the nanoseconds from the start until the last thread finished.
   *
   * @throws IllegalStateException with the first failure of any unit
   */
  public static long run(int units, int threads, Unit work) throws InterruptedException {
    AtomicInteger next = new AtomicInteger();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    List<Thread> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      workers.add(
          new Thread(
              () -> {
                int unit;
                while (failure.get() == null && (unit = next.getAndIncrement()) < units) {
                  try {
                    work.run(unit);
                  } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                  }
                }
              },
              "bench-committer-" + t));
    }
    long start = System.nanoTime();
    workers.forEach(Thread::start);
    for (Thread worker : workers) {
      worker.join();
    }
    long nanos = System.nanoTime() - start;
    if (failure.get() != null) {
      throw new IllegalStateException("a unit of work failed: " + failure.get(), failure.get());
    }
    return nanos;
  }
}
