package dev.herald.kafka;

import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;

/** Consumer records as a broker would hand them over, for tests of the reader without a broker. */
public final class TestRecords {

  /** The timestamp every record gets: 2023-11-14T22:13:20Z. */
  public static final long TIMESTAMP = 1_700_000_000_000L;

  private TestRecords() {}

  /** A record of partition 0 at the offset; key and value may be {@code null}. */
  public static ConsumerRecord<byte[], byte[]> record(
      String topic,
      int partition,
      long offset,
      byte[] key,
      byte[] value,
      Iterable<Header> headers) {
    RecordHeaders copy = new RecordHeaders();
    headers.forEach(copy::add);
    return new ConsumerRecord<>(
        topic,
        partition,
        offset,
        TIMESTAMP,
        TimestampType.CREATE_TIME,
        key == null ? -1 : key.length,
        value == null ? -1 : value.length,
        key,
        value,
        copy,
        Optional.empty());
  }
}
