package dev.herald.kafka.consume;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Writes the dead-letter copy of a rejected record (see {@link DeadLetterRecord}) so that its size
 * can never be why it fails: it is built to fit the smaller of the producer's {@code
 * max.request.size} and the topic's {@code max.message.bytes}, and if the broker still finds it too
 * large (the topic's real limit is smaller), it is sent again with the {@code herald-dlq-*} headers
 * only.
 */
final class DeadLetterTopicWriter implements AutoCloseable {

  /** Kafka's default {@code max.message.bytes} of a topic (and {@code message.max.bytes}). */
  static final int KAFKA_DEFAULT_MAX_MESSAGE_BYTES = 1_048_588;

  /** Kafka's default {@code max.request.size} of a producer. */
  private static final int KAFKA_DEFAULT_MAX_REQUEST_SIZE = 1_048_576;

  /** Kept below the limits, for what the size estimate may miss. */
  private static final int MARGIN = 1_024;

  private final Producer<byte[], byte[]> producer;
  private final String topic;
  private final String group;
  private final int budget;

  /**
   * @param properties producer properties; {@code acks} and idempotence are set here
   * @param topicMaxMessageBytes the dead-letter topic's {@code max.message.bytes} as far as known
   */
  DeadLetterTopicWriter(
      String bootstrapServers,
      String topic,
      String group,
      Map<String, Object> properties,
      int topicMaxMessageBytes) {
    this.topic = topic;
    this.group = group;
    Map<String, Object> config = new HashMap<>(properties);
    config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    config.put(ProducerConfig.ACKS_CONFIG, "all");
    config.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, "herald-dlq-" + group);
    this.producer =
        new KafkaProducer<>(config, new ByteArraySerializer(), new ByteArraySerializer());
    // After the producer, which has checked the properties and named a bad one.
    this.budget = Math.min(maxRequestSize(properties), topicMaxMessageBytes) - MARGIN;
  }

  String topic() {
    return topic;
  }

  /** The most bytes a dead-letter record is built to, as Kafka counts a record. */
  int budget() {
    return budget;
  }

  /**
   * Writes the dead letter; completes when the broker acknowledged it, or fails with the producer's
   * error (see {@link #isTransient}).
   */
  CompletableFuture<RecordMetadata> write(
      ConsumerRecord<byte[], byte[]> rejected, Rejection rejection) {
    return send(DeadLetterRecord.of(rejected, rejection, topic, group, budget))
        .handle(
            (metadata, failure) -> {
              if (failure == null) {
                return CompletableFuture.completedFuture(metadata);
              }
              return cause(failure) instanceof RecordTooLargeException
                  ? send(DeadLetterRecord.minimal(rejected, rejection, topic, group))
                  : CompletableFuture.<RecordMetadata>failedFuture(cause(failure));
            })
        .thenCompose(stage -> stage);
  }

  /**
   * Whether a failed write may succeed when tried again: Kafka's retriable errors (a broker or
   * leader away, a timeout) and a producer being closed are; a record too large, an invalid topic,
   * a denied authorization and every other error are not.
   */
  static boolean isTransient(Throwable failure) {
    Throwable cause = cause(failure);
    return cause instanceof RetriableException
        || cause instanceof TimeoutException
        || cause instanceof InterruptException
        || cause instanceof IllegalStateException;
  }

  /** The error inside the wrappers futures add. */
  static Throwable cause(Throwable failure) {
    Throwable cause = failure;
    while ((cause instanceof ExecutionException || cause instanceof CompletionException)
        && cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause;
  }

  private CompletableFuture<RecordMetadata> send(ProducerRecord<byte[], byte[]> record) {
    CompletableFuture<RecordMetadata> acked = new CompletableFuture<>();
    try {
      producer.send(
          record,
          (metadata, failure) -> {
            if (failure == null) {
              acked.complete(metadata);
            } else {
              acked.completeExceptionally(failure);
            }
          });
    } catch (RuntimeException e) {
      acked.completeExceptionally(e);
    }
    return acked;
  }

  private static int maxRequestSize(Map<String, Object> properties) {
    Object value = properties.get(ProducerConfig.MAX_REQUEST_SIZE_CONFIG);
    if (value == null) {
      return KAFKA_DEFAULT_MAX_REQUEST_SIZE;
    }
    return value instanceof Number number
        ? number.intValue()
        : Integer.parseInt(value.toString().trim());
  }

  @Override
  public void close() {
    producer.close(Duration.ofSeconds(10));
  }
}
