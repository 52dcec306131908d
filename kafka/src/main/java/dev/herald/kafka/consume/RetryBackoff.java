package dev.herald.kafka.consume;

import java.time.Duration;

/**
 * The pause before a record that could not be handed over or dead-lettered is tried again: it
 * doubles from the first to the largest pause while the same failure goes on, and starts again
 * after a success, so a long outage costs a few log lines a minute rather than a hot loop.
 */
final class RetryBackoff {

  private final long firstMillis;
  private final long maxMillis;
  private long nextMillis;
  private int failures;

  RetryBackoff(Duration first, Duration max) {
    this.firstMillis = Math.max(1, first.toMillis());
    this.maxMillis = Math.max(firstMillis, max.toMillis());
    this.nextMillis = firstMillis;
  }

  /** Records a failure; returns the pause before the next attempt. */
  Duration failed() {
    long pause = nextMillis;
    failures++;
    nextMillis = Math.min(maxMillis, nextMillis * 2);
    return Duration.ofMillis(pause);
  }

  /** Records progress: the next failure waits the first pause again. */
  void succeeded() {
    failures = 0;
    nextMillis = firstMillis;
  }

  /** How many attempts failed since the last success. */
  int failures() {
    return failures;
  }
}
