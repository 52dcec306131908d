package dev.herald.benchmarks.kafka;

import dev.herald.kafka.testbroker.KafkaTestBroker;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;

/**
 * Counts the records a topic holds, so a figure is published only for records that reached the
 * broker.
 */
final class TopicRecords {

  private TopicRecords() {}

  /** Waits until every partition of the topic answers an offset request, i.e. has a leader. */
  static void awaitLeaders(KafkaTestBroker broker, String topic, int partitions) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (true) {
      try {
        if (count(broker, topic, partitions) != 0) {
          throw new IllegalStateException("topic " + topic + " is not empty");
        }
        return;
      } catch (ExecutionException | TimeoutException notYet) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("topic " + topic + " has no leaders after 60 s", notYet);
        }
        Thread.sleep(100);
      }
    }
  }

  static long count(KafkaTestBroker broker, String topic, int partitions) throws Exception {
    Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
    for (int partition = 0; partition < partitions; partition++) {
      latest.put(new TopicPartition(topic, partition), OffsetSpec.latest());
    }
    try (Admin admin = broker.admin()) {
      long total = 0;
      for (ListOffsetsResult.ListOffsetsResultInfo info :
          admin.listOffsets(latest).all().get(30, TimeUnit.SECONDS).values()) {
        total += info.offset();
      }
      return total;
    }
  }
}
