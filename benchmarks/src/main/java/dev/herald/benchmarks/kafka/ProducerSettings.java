package dev.herald.benchmarks.kafka;

import java.util.Map;
import org.apache.kafka.clients.producer.ProducerConfig;

/**
 * The producer settings every contender shares: Herald's fixed ones (idempotent, {@code acks=all})
 * and its default linger, with the batch size stated rather than left to each default.
 */
final class ProducerSettings {

  static final int LINGER_MS = 5;
  static final int BATCH_SIZE = 16_384;

  private ProducerSettings() {}

  /** The batching settings, given to the Herald publisher as producer properties. */
  static Map<String, Object> batching() {
    return Map.of(
        ProducerConfig.LINGER_MS_CONFIG, LINGER_MS, ProducerConfig.BATCH_SIZE_CONFIG, BATCH_SIZE);
  }

  /** The whole configuration of the raw producer. */
  static Map<String, Object> raw(String bootstrapServers) {
    return Map.of(
        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
        bootstrapServers,
        ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
        true,
        ProducerConfig.ACKS_CONFIG,
        "all",
        ProducerConfig.CLIENT_ID_CONFIG,
        "bench-raw",
        ProducerConfig.LINGER_MS_CONFIG,
        LINGER_MS,
        ProducerConfig.BATCH_SIZE_CONFIG,
        BATCH_SIZE);
  }
}
