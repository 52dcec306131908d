package dev.herald.kafka;

/**
 * Names Herald gives to CloudEvents extension attributes and to Kafka headers, shared by the
 * publisher, the consumer and anyone reading Herald's topics with other tools.
 */
public final class CloudEventNames {

  /** The CloudEvents distributed-tracing extension: a W3C {@code traceparent}. */
  public static final String TRACEPARENT = "traceparent";

  /** Extension: the event's position among its aggregate's events, as decimal text. */
  public static final String SEQUENCE = "heraldsequence";

  /** Extension: the simple name of the aggregate class that raised the event. */
  public static final String AGGREGATE_TYPE = "heraldaggregatetype";

  /** The content type of the event data Herald writes and accepts. */
  public static final String JSON = "application/json";

  /** What every header Herald adds to a dead-lettered record starts with. */
  public static final String DLQ_PREFIX = "herald-dlq-";

  /** Header on a dead-lettered record: the reason code, one of {@code RejectionReason}'s codes. */
  public static final String DLQ_REASON = "herald-dlq-reason";

  /** Header on a dead-lettered record: the reason in words, naming what was wrong. */
  public static final String DLQ_DETAIL = "herald-dlq-detail";

  /** Header on a dead-lettered record: the topic it was read from. */
  public static final String DLQ_TOPIC = "herald-dlq-topic";

  /** Header on a dead-lettered record: the partition it was read from, as decimal text. */
  public static final String DLQ_PARTITION = "herald-dlq-partition";

  /** Header on a dead-lettered record: its offset in that partition, as decimal text. */
  public static final String DLQ_OFFSET = "herald-dlq-offset";

  /** Header on a dead-lettered record: the consumer group that rejected it. */
  public static final String DLQ_GROUP = "herald-dlq-group";

  /**
   * Header on a dead-lettered record whose value was too large to copy: the original value's size.
   */
  public static final String DLQ_DROPPED_VALUE_BYTES = "herald-dlq-dropped-value-bytes";

  /** Header on a dead-lettered record whose key was too large to copy: the original key's size. */
  public static final String DLQ_DROPPED_KEY_BYTES = "herald-dlq-dropped-key-bytes";

  /**
   * Header on a dead-lettered record some of whose original headers were too large to copy: {@code
   * name=bytes} (the size of the header's value) of each, comma-separated, the first 20 by name and
   * the rest counted.
   */
  public static final String DLQ_DROPPED_HEADERS = "herald-dlq-dropped-headers";

  private CloudEventNames() {}
}
