package dev.herald.benchmarks.kafka;

import dev.herald.benchmarks.outbox.Measurement;

/** One way of getting the benchmark's events to Kafka. */
interface Contender {

  /** How results name it. */
  String label();

  /** Whether it commits through the JDBC outbox (and so gets the smaller round size). */
  default boolean usesOutbox() {
    return false;
  }

  /**
   * Sends the events of {@code units} units of work (three events of one aggregate each, keyed by
   * the aggregate id) to {@code topic} and returns once the broker acknowledged all of them.
   */
  Measurement run(String topic, int units) throws Exception;
}
