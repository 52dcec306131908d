package dev.herald.kafka.consume;

import dev.herald.kafka.CloudEventNames;
import dev.herald.runtime.generated.JsonLimits;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * Builds the dead-letter copy of a rejected record so that it fits the dead-letter topic: the
 * original key, value and headers plus the {@code herald-dlq-*} headers, with original parts left
 * out while the copy would exceed the byte budget; what was left out is named, with its size in
 * bytes (of a header: of its value), in {@code herald-dlq-dropped-*} headers.
 *
 * <p>Parts go in this order, each group largest first: parts of {@link #LARGE_PART} bytes or more;
 * then small headers other than the CloudEvents ones; then the rest. So the few parts that make a
 * record huge go first, and the value, key and {@code ce_*} headers that say what the record was
 * stay whenever the budget allows.
 */
final class DeadLetterRecord {

  /**
   * Per record and batch: attributes, timestamp and offset deltas, length varints, batch header.
   */
  private static final int RECORD_OVERHEAD = 128;

  /** Per header: the two length varints. */
  private static final int HEADER_OVERHEAD = 10;

  /** A part at least this large is left out before any smaller one. */
  static final int LARGE_PART = 1_024;

  /** Room kept for the dropped-parts headers once something must be dropped. */
  private static final int DROPPED_RESERVE = 4 * 1024;

  /** The most dropped headers named one by one; the rest are counted. */
  private static final int MAX_NAMED_DROPS = 20;

  /** The longest header name quoted in the list of dropped headers. */
  private static final int MAX_NAME_LENGTH = 100;

  private DeadLetterRecord() {}

  /**
   * The dead-letter copy of {@code rejected}, at most {@code budget} bytes as Kafka counts a record
   * (uncompressed, with batch overhead), unless the {@code herald-dlq-*} headers alone exceed it.
   */
  static ProducerRecord<byte[], byte[]> of(
      ConsumerRecord<byte[], byte[]> rejected,
      Rejection rejection,
      String topic,
      String group,
      int budget) {
    List<Header> herald = heraldHeaders(rejected, rejection, group);
    List<Part> parts = new ArrayList<>();
    if (rejected.key() != null) {
      parts.add(new Part(Part.Kind.KEY, null, rejected.key().length));
    }
    if (rejected.value() != null) {
      parts.add(new Part(Part.Kind.VALUE, null, rejected.value().length));
    }
    for (Header header : rejected.headers()) {
      // An original herald-dlq-* header (a dead letter read back) is replaced, not repeated.
      if (!header.key().startsWith(CloudEventNames.DLQ_PREFIX)) {
        parts.add(new Part(Part.Kind.HEADER, header, sizeOf(header)));
      }
    }
    long size = RECORD_OVERHEAD + sizeOf(herald);
    for (Part part : parts) {
      size += part.bytes;
    }
    if (size > budget) {
      List<Part> inDropOrder = new ArrayList<>(parts);
      inDropOrder.sort(
          Comparator.comparingInt(Part::dropGroup)
              .thenComparing(Comparator.comparingLong((Part part) -> part.bytes).reversed()));
      for (Part part : inDropOrder) {
        if (size <= budget - DROPPED_RESERVE) {
          break;
        }
        part.dropped = true;
        size -= part.bytes;
      }
    }
    return build(rejected, topic, herald, parts);
  }

  /**
   * The smallest copy: the {@code herald-dlq-*} headers only, every original part named as dropped;
   * for a topic whose limit turned out smaller than the budget.
   */
  static ProducerRecord<byte[], byte[]> minimal(
      ConsumerRecord<byte[], byte[]> rejected, Rejection rejection, String topic, String group) {
    return of(rejected, rejection, topic, group, 0);
  }

  private static ProducerRecord<byte[], byte[]> build(
      ConsumerRecord<byte[], byte[]> rejected,
      String topic,
      List<Header> herald,
      List<Part> parts) {
    RecordHeaders headers = new RecordHeaders();
    byte[] key = rejected.key();
    byte[] value = rejected.value();
    List<Part> droppedHeaders = new ArrayList<>();
    for (Part part : parts) {
      if (part.kind == Part.Kind.HEADER) {
        if (part.dropped) {
          droppedHeaders.add(part);
        } else {
          headers.add(part.header);
        }
      } else if (part.dropped && part.kind == Part.Kind.KEY) {
        key = null;
        herald.add(header(CloudEventNames.DLQ_DROPPED_KEY_BYTES, Long.toString(part.bytes)));
      } else if (part.dropped) {
        value = null;
        herald.add(header(CloudEventNames.DLQ_DROPPED_VALUE_BYTES, Long.toString(part.bytes)));
      }
    }
    if (!droppedHeaders.isEmpty()) {
      herald.add(header(CloudEventNames.DLQ_DROPPED_HEADERS, droppedList(droppedHeaders)));
    }
    herald.forEach(headers::add);
    return new ProducerRecord<>(topic, null, key, value, headers);
  }

  /**
   * {@code name=value bytes} of each dropped header in header order, the first few by name, the
   * rest counted.
   */
  private static String droppedList(List<Part> dropped) {
    StringBuilder list = new StringBuilder();
    int named = Math.min(dropped.size(), MAX_NAMED_DROPS);
    for (int i = 0; i < named; i++) {
      String name = dropped.get(i).header.key();
      if (name.length() > MAX_NAME_LENGTH) {
        name = name.substring(0, MAX_NAME_LENGTH) + "…";
      }
      list.append(i == 0 ? "" : ",").append(name).append('=').append(valueLength(dropped.get(i)));
    }
    if (dropped.size() > named) {
      long total = 0;
      for (Part part : dropped) {
        total += valueLength(part);
      }
      list.append(",… ")
          .append(dropped.size() - named)
          .append(" more (")
          .append(dropped.size())
          .append(" headers, ")
          .append(total)
          .append(" bytes in all)");
    }
    return list.toString();
  }

  private static int valueLength(Part part) {
    return part.header.value() == null ? 0 : part.header.value().length;
  }

  private static List<Header> heraldHeaders(
      ConsumerRecord<byte[], byte[]> rejected, Rejection rejection, String group) {
    List<Header> herald = new ArrayList<>();
    herald.add(header(CloudEventNames.DLQ_REASON, rejection.reason().code()));
    herald.add(header(CloudEventNames.DLQ_DETAIL, rejection.detail()));
    herald.add(header(CloudEventNames.DLQ_TOPIC, rejected.topic()));
    herald.add(header(CloudEventNames.DLQ_PARTITION, Integer.toString(rejected.partition())));
    herald.add(header(CloudEventNames.DLQ_OFFSET, Long.toString(rejected.offset())));
    herald.add(header(CloudEventNames.DLQ_GROUP, JsonLimits.quote(group)));
    return herald;
  }

  private static long sizeOf(List<Header> headers) {
    long size = 0;
    for (Header header : headers) {
      size += sizeOf(header);
    }
    return size;
  }

  private static long sizeOf(Header header) {
    return HEADER_OVERHEAD
        + header.key().getBytes(StandardCharsets.UTF_8).length
        + (header.value() == null ? 0 : header.value().length);
  }

  private static Header header(String name, String value) {
    return new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8));
  }

  /** One original part that may be left out: the key, the value or one header. */
  private static final class Part {
    enum Kind {
      KEY,
      VALUE,
      HEADER
    }

    final Kind kind;
    final Header header;
    final long bytes;
    boolean dropped;

    Part(Kind kind, Header header, long bytes) {
      this.kind = kind;
      this.header = header;
      this.bytes = bytes;
    }

    /** 0: large; 1: a small header saying nothing about the event; 2: the rest. */
    int dropGroup() {
      if (bytes >= LARGE_PART) {
        return 0;
      }
      boolean describesEvent =
          kind != Kind.HEADER
              || header.key().startsWith(CloudEventHeaders.PREFIX)
              || header.key().equals(CloudEventHeaders.CONTENT_TYPE);
      return describesEvent ? 2 : 1;
    }
  }
}
