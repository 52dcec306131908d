package dev.herald.benchmarks.kafka;

import dev.herald.benchmarks.outbox.BenchCodec;
import dev.herald.benchmarks.outbox.BenchOrder;
import dev.herald.benchmarks.outbox.Measurement;
import dev.herald.kafka.CloudEventNames;
import dev.herald.runtime.generated.IntegrationEventType;
import dev.herald.runtime.spi.EventEnvelope;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The floor: a kafka-clients producer with the same settings sending the same JSON payload under
 * the same key, from the caller's thread; without CloudEvents attributes, or with the same {@code
 * ce_*} headers Herald's binary mode writes, built by hand (to tell the wire format's cost from
 * Herald's).
 */
final class RawProducer implements Contender {

  private static final byte[] SPEC_VERSION = bytes("1.0");
  private static final byte[] CONTENT_TYPE = bytes(CloudEventNames.JSON);

  private final String bootstrapServers;
  private final boolean cloudEventHeaders;
  private final BenchCodec codec = new BenchCodec();
  private final Map<Class<?>, byte[]> types = new HashMap<>();
  private final byte[] source = bytes(BenchCodec.SOURCE);

  RawProducer(String bootstrapServers, boolean cloudEventHeaders) {
    this.bootstrapServers = bootstrapServers;
    this.cloudEventHeaders = cloudEventHeaders;
    for (IntegrationEventType type : codec.integrationEvents()) {
      types.put(type.eventType(), bytes(type.cloudEventType()));
    }
  }

  @Override
  public String label() {
    return cloudEventHeaders
        ? "raw producer + the same ce_* headers, built by hand"
        : "raw kafka-clients producer";
  }

  @Override
  public Measurement run(String topic, int units) throws Exception {
    long events = (long) units * BenchOrder.EVENTS_PER_UNIT;
    Acks acks = new Acks(events);
    try (KafkaProducer<String, byte[]> producer =
        new KafkaProducer<>(
            ProducerSettings.raw(bootstrapServers),
            new StringSerializer(),
            new ByteArraySerializer())) {
      long start = System.nanoTime();
      for (int unit = 0; unit < units; unit++) {
        BenchOrder order = BenchOrder.placeConfirmAndBake(unit);
        for (EventEnvelope envelope : order.uncommittedEvents()) {
          byte[] payload = codec.encode(envelope.event()).getBytes(StandardCharsets.UTF_8);
          ProducerRecord<String, byte[]> record =
              new ProducerRecord<>(topic, envelope.aggregateId(), payload);
          if (cloudEventHeaders) {
            addHeaders(record.headers(), envelope);
          }
          producer.send(record, (metadata, error) -> acks.acked(error));
        }
      }
      acks.await();
      long nanos = System.nanoTime() - start;
      producer.close(Duration.ofSeconds(30));
      return new Measurement(events, nanos);
    }
  }

  /** Binary content mode as Herald writes it: the attributes and extensions as ce_ headers. */
  private void addHeaders(Headers headers, EventEnvelope envelope) {
    headers.add("ce_specversion", SPEC_VERSION);
    headers.add("ce_id", bytes(envelope.eventId().toString()));
    headers.add("ce_source", source);
    headers.add("ce_type", types.get(envelope.event().getClass()));
    headers.add("ce_time", bytes(envelope.occurredAt().atOffset(ZoneOffset.UTC).toString()));
    headers.add("ce_subject", bytes(envelope.aggregateId()));
    headers.add("ce_" + CloudEventNames.SEQUENCE, bytes(Long.toString(envelope.sequence())));
    headers.add("ce_" + CloudEventNames.AGGREGATE_TYPE, bytes(envelope.aggregateType()));
    headers.add("content-type", CONTENT_TYPE);
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
