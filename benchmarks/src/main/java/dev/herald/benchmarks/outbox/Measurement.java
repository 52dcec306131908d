package dev.herald.benchmarks.outbox;

/** One timed run: how many events were committed (and, for Herald, delivered) in how long. */
public record Measurement(long events, long nanos) {

  /** Events per second. */
  public double eventsPerSecond() {
    return events * 1e9 / nanos;
  }
}
