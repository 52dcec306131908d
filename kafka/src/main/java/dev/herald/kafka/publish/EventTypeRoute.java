package dev.herald.kafka.publish;

import dev.herald.kafka.CloudEventNames;
import dev.herald.kafka.IntegrationEventCatalog;
import dev.herald.kafka.TopicStrategy;
import dev.herald.runtime.generated.EventCodec;
import dev.herald.runtime.generated.IntegrationEventType;
import java.net.URI;
import java.util.concurrent.atomic.LongAdder;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;

/**
 * What every record of one integration event type shares, worked out once when the publisher is
 * built: its topic and the binary-mode headers that never change ({@code ce_specversion}, {@code
 * ce_source}, {@code ce_type}, {@code content-type}).
 *
 * <p>The header objects are shared by all records of the type: the producer only reads them.
 */
final class EventTypeRoute {

  static final String SPEC_VERSION_HEADER = "ce_specversion";
  static final String ID_HEADER = "ce_id";
  static final String SOURCE_HEADER = "ce_source";
  static final String TYPE_HEADER = "ce_type";
  static final String CONTENT_TYPE_HEADER = "content-type";
  static final String SUBJECT_HEADER = "ce_subject";
  static final String TIME_HEADER = "ce_time";
  static final String SEQUENCE_HEADER = "ce_" + CloudEventNames.SEQUENCE;
  static final String AGGREGATE_TYPE_HEADER = "ce_" + CloudEventNames.AGGREGATE_TYPE;
  static final String TRACEPARENT_HEADER = "ce_" + CloudEventNames.TRACEPARENT;

  private static final Header SPEC_VERSION =
      new RecordHeader(SPEC_VERSION_HEADER, HeaderValues.utf8("1.0"));
  private static final Header CONTENT_TYPE =
      new RecordHeader(CONTENT_TYPE_HEADER, HeaderValues.utf8(CloudEventNames.JSON));

  final IntegrationEventType type;
  final EventCodec codec;
  final String topic;
  final Header specVersion = SPEC_VERSION;
  final Header source;
  final Header cloudEventType;
  final Header contentType = CONTENT_TYPE;

  /** Sends of this type the broker acknowledged, and sends that failed: for metrics. */
  final LongAdder acknowledged = new LongAdder();

  final LongAdder failed = new LongAdder();

  private EventTypeRoute(IntegrationEventCatalog.Entry entry, String topic) {
    this.type = entry.type();
    this.codec = entry.codec();
    this.topic = topic;
    this.source = new RecordHeader(SOURCE_HEADER, HeaderValues.utf8(type.source()));
    this.cloudEventType = new RecordHeader(TYPE_HEADER, HeaderValues.utf8(type.cloudEventType()));
  }

  /**
   * The route of a catalog entry.
   *
   * @throws IllegalArgumentException when the declared source is not a URI reference, as
   *     CloudEvents requires, or the strategy gives no topic
   */
  static EventTypeRoute of(IntegrationEventCatalog.Entry entry, TopicStrategy topics) {
    IntegrationEventType type = entry.type();
    try {
      URI.create(type.source());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "the source '"
              + type.source()
              + "' of integration event "
              + type.cloudEventType()
              + " is not a URI reference: "
              + e.getMessage(),
          e);
    }
    String topic = topics.topicFor(type);
    if (topic == null || topic.isEmpty()) {
      throw new IllegalArgumentException(
          "the topic strategy gave no topic for " + type.cloudEventType());
    }
    return new EventTypeRoute(entry, topic);
  }
}
