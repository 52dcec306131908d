package dev.herald.test;

import java.time.Duration;
import java.util.Objects;

/** A point in time a wait must not pass, measured on the monotonic clock. */
final class Deadline {

  private final long endNanos;

  private Deadline(long endNanos) {
    this.endNanos = endNanos;
  }

  /**
   * The deadline {@code timeout} from now.
   *
   * @throws IllegalArgumentException when the timeout is negative
   */
  static Deadline after(Duration timeout) {
    Objects.requireNonNull(timeout, "timeout");
    if (timeout.isNegative()) {
      throw new IllegalArgumentException("timeout must not be negative, was " + timeout);
    }
    long now = System.nanoTime();
    long nanos;
    try {
      nanos = timeout.toNanos();
    } catch (ArithmeticException tooLong) {
      nanos = Long.MAX_VALUE / 2;
    }
    return new Deadline(now + Math.min(nanos, Long.MAX_VALUE / 2));
  }

  /**
   * Waits on {@code monitor}, whose lock the caller holds, until notified or the deadline passes.
   *
   * @return false when the deadline has passed
   */
  boolean waitOn(Object monitor) {
    long remaining = endNanos - System.nanoTime();
    if (remaining <= 0) {
      return false;
    }
    try {
      // wait(ms, ns) rounds to milliseconds anyway; +1 ms keeps a sub-millisecond rest from
      // spinning.
      monitor.wait(remaining / 1_000_000 + 1);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new AssertionError("Interrupted while waiting", interrupted);
    }
    return true;
  }

  /** Sleeps a little for polling waits; false when the deadline has passed. */
  boolean pause(Duration interval) {
    long remaining = endNanos - System.nanoTime();
    if (remaining <= 0) {
      return false;
    }
    try {
      Thread.sleep(Math.max(1, Math.min(interval.toMillis(), remaining / 1_000_000 + 1)));
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new AssertionError("Interrupted while waiting", interrupted);
    }
    return true;
  }
}
