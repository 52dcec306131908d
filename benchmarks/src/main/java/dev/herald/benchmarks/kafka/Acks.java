package dev.herald.benchmarks.kafka;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/** Counts broker acknowledgements down to zero and keeps the first failure. */
final class Acks {

  private final CountDownLatch pending;
  private final AtomicReference<Throwable> failure = new AtomicReference<>();

  Acks(long expected) {
    pending = new CountDownLatch(Math.toIntExact(expected));
  }

  void acked(Throwable error) {
    if (error != null) {
      failure.compareAndSet(null, error);
    }
    pending.countDown();
  }

  /** Waits for every acknowledgement; fails if one send failed or they take more than 5 minutes. */
  void await() throws InterruptedException {
    if (!pending.await(5, TimeUnit.MINUTES)) {
      throw new IllegalStateException(
          pending.getCount() + " records not acknowledged after 5 minutes");
    }
    if (failure.get() != null) {
      throw new IllegalStateException("a send failed: " + failure.get(), failure.get());
    }
  }
}
