package dev.herald.kafka.consume;

import dev.herald.kafka.CloudEventNames;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Copies a rejected record, with its original key, value and headers, to the dead-letter topic and
 * adds {@code herald-dlq-*} headers saying why and where it came from.
 */
final class DeadLetterTopicWriter implements AutoCloseable {

  private final Producer<byte[], byte[]> producer;
  private final String topic;
  private final String group;

  DeadLetterTopicWriter(
      String bootstrapServers, String topic, String group, Map<String, Object> properties) {
    this.topic = topic;
    this.group = group;
    Map<String, Object> config = new HashMap<>(properties);
    config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    config.put(ProducerConfig.ACKS_CONFIG, "all");
    config.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, "herald-dlq-" + group);
    this.producer =
        new KafkaProducer<>(config, new ByteArraySerializer(), new ByteArraySerializer());
  }

  String topic() {
    return topic;
  }

  /**
   * Writes the dead letter; completes when the broker acknowledged it. A value too large for the
   * dead-letter topic is left out, and its size recorded, rather than blocking the consumer.
   */
  CompletableFuture<RecordMetadata> write(
      ConsumerRecord<byte[], byte[]> rejected, Rejection rejection) {
    return send(rejected, rejection, true)
        .handle(
            (metadata, failure) -> {
              if (failure == null) {
                return CompletableFuture.completedFuture(metadata);
              }
              Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
              return cause instanceof RecordTooLargeException
                  ? send(rejected, rejection, false)
                  : CompletableFuture.<RecordMetadata>failedFuture(cause);
            })
        .thenCompose(stage -> stage);
  }

  private CompletableFuture<RecordMetadata> send(
      ConsumerRecord<byte[], byte[]> rejected, Rejection rejection, boolean withValue) {
    Headers headers = new RecordHeaders(rejected.headers().toArray());
    put(headers, CloudEventNames.DLQ_REASON, rejection.reason().code());
    put(headers, CloudEventNames.DLQ_DETAIL, rejection.detail());
    put(headers, CloudEventNames.DLQ_TOPIC, rejected.topic());
    put(headers, CloudEventNames.DLQ_PARTITION, Integer.toString(rejected.partition()));
    put(headers, CloudEventNames.DLQ_OFFSET, Long.toString(rejected.offset()));
    put(headers, CloudEventNames.DLQ_GROUP, group);
    byte[] value = rejected.value();
    if (!withValue && value != null) {
      put(headers, CloudEventNames.DLQ_DROPPED_VALUE_BYTES, Integer.toString(value.length));
      value = null;
    }
    CompletableFuture<RecordMetadata> acked = new CompletableFuture<>();
    try {
      producer.send(
          new ProducerRecord<>(topic, null, rejected.key(), value, headers),
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

  private static void put(Headers headers, String name, String value) {
    headers.remove(name);
    headers.add(name, value.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public void close() {
    producer.close(Duration.ofSeconds(10));
  }
}
