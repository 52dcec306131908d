package dev.herald.kafka.consume;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The partitions whose next record must be tried again: each is rewound to that record and paused
 * for its own back-off, so one stuck partition neither spins nor holds up the others. Used by the
 * polling thread only.
 */
final class PartitionRetries {

  private static final Logger log = LoggerFactory.getLogger(KafkaIntegrationConsumer.class);

  /** A partition waiting to try a record again: which record, its back-off, and until when. */
  private static final class Retry {
    final RetryBackoff backoff;
    long offset;
    long resumeAtNanos;

    Retry(RetryBackoff backoff) {
      this.backoff = backoff;
    }
  }

  private final Consumer<?, ?> consumer;
  private final Duration first;
  private final Duration max;
  private final String groupId;
  private final Map<TopicPartition, Retry> waiting = new HashMap<>();

  PartitionRetries(Consumer<?, ?> consumer, Duration first, Duration max, String groupId) {
    this.consumer = consumer;
    this.first = first;
    this.max = max;
    this.groupId = groupId;
  }

  /** Whether this record failed before. */
  boolean isRetry(ConsumerRecord<?, ?> record) {
    Retry retry = waiting.get(partitionOf(record));
    return retry != null && retry.offset == record.offset();
  }

  /** The record is done: its partition's back-off starts over. */
  void succeeded(ConsumerRecord<?, ?> record) {
    if (!waiting.isEmpty()) {
      waiting.remove(partitionOf(record));
    }
  }

  /** Rewinds the record's partition to it and pauses the partition for the next back-off. */
  void failed(ConsumerRecord<?, ?> record, RecordHandler.Result result) {
    TopicPartition partition = partitionOf(record);
    Retry retry = waiting.get(partition);
    if (retry == null || retry.offset != record.offset()) {
      retry = new Retry(new RetryBackoff(first, max));
      retry.offset = record.offset();
      waiting.put(partition, retry);
    }
    Duration pause = retry.backoff.failed();
    retry.resumeAtNanos = System.nanoTime() + pause.toNanos();
    consumer.seek(partition, record.offset());
    consumer.pause(List.of(partition));
    String where = partition + "@" + record.offset();
    if (retry.backoff.failures() == 1) {
      log.warn(
          "consumer {}: {}: {}; trying again in {}",
          groupId,
          where,
          result.problem(),
          pause,
          result.error());
    } else {
      // The stack trace was logged at the first failure; later ones take one short line.
      log.warn(
          "consumer {}: {}: {} ({}; attempt {}); trying again in {}",
          groupId,
          where,
          result.problem(),
          result.error() == null ? "no error" : result.error().toString(),
          retry.backoff.failures(),
          pause);
    }
  }

  /** Resumes the partitions whose back-off is over; forgets those no longer assigned. */
  void resumeDue() {
    if (waiting.isEmpty()) {
      return;
    }
    Set<TopicPartition> assigned = consumer.assignment();
    long now = System.nanoTime();
    List<TopicPartition> due = new ArrayList<>();
    for (Iterator<Map.Entry<TopicPartition, Retry>> it = waiting.entrySet().iterator();
        it.hasNext(); ) {
      Map.Entry<TopicPartition, Retry> entry = it.next();
      if (!assigned.contains(entry.getKey())) {
        // Revoked meanwhile: its new owner reads it from the committed offset.
        it.remove();
      } else if (now - entry.getValue().resumeAtNanos >= 0) {
        due.add(entry.getKey());
      }
    }
    if (!due.isEmpty()) {
      consumer.resume(due);
    }
  }

  private static TopicPartition partitionOf(ConsumerRecord<?, ?> record) {
    return new TopicPartition(record.topic(), record.partition());
  }
}
