package dev.herald.kafka.publish;

import dev.herald.kafka.CloudEventNames;
import dev.herald.kafka.IntegrationEventCatalog;
import dev.herald.kafka.TraceContext;
import dev.herald.runtime.spi.EventEnvelope;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;

/**
 * Builds the CloudEvent 1.0 of one committed integration event: {@code id} = event id, {@code
 * source} and {@code type} (with {@code .vN}) from the {@code @IntegrationEvent} declaration,
 * {@code subject} = aggregate id, {@code time} = when it was raised, the codec's JSON as data, and
 * the trace, sequence and aggregate type as extensions.
 */
public final class CloudEventFactory {

  private final IntegrationEventCatalog catalog;

  public CloudEventFactory(IntegrationEventCatalog catalog) {
    this.catalog = catalog;
  }

  /**
   * The CloudEvent of the envelope's event.
   *
   * @param traceparent the W3C trace to attach, or {@code null}; an ill-formed one is left out
   * @throws IllegalArgumentException when the event is not an integration event of the catalog
   */
  public CloudEvent toCloudEvent(EventEnvelope envelope, String traceparent) {
    IntegrationEventCatalog.Entry entry = entryOf(envelope);
    CloudEventBuilder builder =
        CloudEventBuilder.v1()
            .withId(envelope.eventId().toString())
            .withSource(URI.create(entry.type().source()))
            .withType(entry.type().cloudEventType())
            .withTime(envelope.occurredAt().atOffset(ZoneOffset.UTC))
            .withDataContentType(CloudEventNames.JSON)
            .withData(entry.codec().encode(envelope.event()).getBytes(StandardCharsets.UTF_8));
    if (envelope.aggregateId() != null) {
      builder.withSubject(envelope.aggregateId());
      builder.withExtension(CloudEventNames.SEQUENCE, Long.toString(envelope.sequence()));
    }
    if (envelope.aggregateType() != null) {
      builder.withExtension(CloudEventNames.AGGREGATE_TYPE, envelope.aggregateType());
    }
    if (TraceContext.isValid(traceparent)) {
      builder.withExtension(CloudEventNames.TRACEPARENT, traceparent);
    }
    return builder.build();
  }

  /** The catalog entry of the envelope's event type. */
  IntegrationEventCatalog.Entry entryOf(EventEnvelope envelope) {
    IntegrationEventCatalog.Entry entry = catalog.forRecord(envelope.event().getClass());
    if (entry == null) {
      throw new IllegalArgumentException(
          envelope.event().getClass().getName()
              + " is not an @IntegrationEvent of this service's codecs; only integration events are"
              + " published to Kafka");
    }
    return entry;
  }
}
