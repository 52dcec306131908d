package dev.herald.kafka.publish;

import dev.herald.kafka.ContentMode;
import dev.herald.kafka.IntegrationEventCatalog;
import dev.herald.kafka.TopicStrategy;
import dev.herald.kafka.TraceContext;
import dev.herald.runtime.generated.EventCodec;
import dev.herald.runtime.generated.IntegrationEventType;
import dev.herald.runtime.spi.EventEnvelope;
import io.cloudevents.jackson.JsonFormat;
import io.cloudevents.kafka.KafkaMessageFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletionStage;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Publishes committed {@code @IntegrationEvent}s to Kafka as CloudEvents, keyed by aggregate id.
 *
 * <p>The producer is idempotent with {@code acks=all}, so the broker's own retries neither lose nor
 * duplicate a send, and per key the order of sends is kept. {@link #publish} returns a stage that
 * completes when the broker has acknowledged the record, which makes the publisher usable as an
 * after-commit subscriber of the bus or as an outbox delivery: what fails there is retried and
 * dead-lettered by the caller. Used alone, a publish whose stage failed is not retried by Herald
 * (at most once); through the bus it is at least once, and with the JDBC outbox it survives
 * crashes.
 *
 * <p>{@link #publish} hands the record to {@code KafkaProducer.send} on the caller's thread, which
 * only appends it to the producer's batch for its partition: the order of one thread's publishes is
 * the order on the partition, so one aggregate's events stay in order as long as they are published
 * one after the other (the bus's lanes do that). Sending from the caller costs no thread hand-off
 * per record. The caller waits only when the producer cannot take the record at once: while the
 * topic's partitions are not known yet (first send, broker unreachable) or while {@code
 * buffer.memory} is full because the broker does not keep up; then it waits at most {@code
 * max.block.ms} (Herald's default {@value #DEFAULT_MAX_BLOCK_MS} ms, Kafka's is 60 s) and the stage
 * fails with Kafka's {@code TimeoutException}, which the bus retries. That wait is the
 * back-pressure that keeps a publisher facing a slow broker from queueing without bound in memory.
 */
public final class KafkaIntegrationPublisher implements AutoCloseable {

  /**
   * Herald's default {@code max.block.ms}: the longest a {@link #publish} call waits for room or
   * metadata.
   */
  public static final int DEFAULT_MAX_BLOCK_MS = 5_000;

  private final Producer<byte[], byte[]> producer;
  private final CloudEventFactory events;
  private final ContentMode contentMode;
  private final TraceContext traceContext;
  private final IntegrationEventCatalog catalog;
  private final TopicStrategy topics;

  /** By record class, built once: the topic and constant headers of each integration event type. */
  private final Map<Class<?>, EventTypeRoute> routes;

  /** Only in structured mode: its Jackson mapper is not worth building for binary mode. */
  private final JsonFormat structuredFormat;

  private volatile boolean closed;

  private KafkaIntegrationPublisher(Builder builder) {
    this.catalog = IntegrationEventCatalog.of(builder.codecs);
    this.events = new CloudEventFactory(catalog);
    this.topics = builder.topics;
    this.contentMode = builder.contentMode;
    this.traceContext = builder.traceContext;
    this.structuredFormat = contentMode == ContentMode.STRUCTURED ? new JsonFormat() : null;
    Map<Class<?>, EventTypeRoute> byRecord = new HashMap<>();
    for (IntegrationEventType type : catalog.types()) {
      byRecord.putIfAbsent(
          type.eventType(), EventTypeRoute.of(catalog.forRecord(type.eventType()), topics));
    }
    this.routes = Map.copyOf(byRecord);
    this.producer =
        new KafkaProducer<>(
            producerConfig(builder), new ByteArraySerializer(), new ByteArraySerializer());
  }

  /** Starts configuring a publisher for the integration events of the given codecs. */
  public static Builder builder(String bootstrapServers, EventCodec... codecs) {
    return new Builder(bootstrapServers, List.of(codecs));
  }

  /** Whether events of this record type are integration events this publisher sends. */
  public boolean publishes(Class<?> recordType) {
    return catalog.forRecord(recordType) != null;
  }

  /** The integration event types this publisher sends. */
  public List<IntegrationEventType> eventTypes() {
    return catalog.types();
  }

  /** The topic events of the given type go to. */
  public String topicFor(IntegrationEventType type) {
    return topics.topicFor(type);
  }

  /**
   * How many events of the type the broker acknowledged so far, for metrics.
   *
   * @throws IllegalArgumentException when this publisher does not send the type
   */
  public long acknowledgedCount(IntegrationEventType type) {
    return routeOf(type).acknowledged.sum();
  }

  /**
   * How many sends of events of the type failed so far (the broker refused them, or they timed
   * out), for metrics; the bus retries each.
   *
   * @throws IllegalArgumentException when this publisher does not send the type
   */
  public long failedCount(IntegrationEventType type) {
    return routeOf(type).failed.sum();
  }

  private EventTypeRoute routeOf(IntegrationEventType type) {
    EventTypeRoute route = routes.get(type.eventType());
    if (route == null || !route.type.equals(type)) {
      throw new IllegalArgumentException(
          "this publisher does not send " + type.cloudEventType() + "; it sends " + eventTypes());
    }
    return route;
  }

  /**
   * Sends the envelope's event as a CloudEvent. Returns once the producer took the record (see the
   * class comment for when that waits, at most {@code max.block.ms}).
   *
   * @return completes with the record's position once the broker acknowledged it (all in-sync
   *     replicas have it), or fails with the send's error, or with {@link IllegalArgumentException}
   *     when the event is not an integration event of this service, or with {@link
   *     IllegalStateException} once the publisher is closed
   */
  public CompletionStage<RecordMetadata> publish(EventEnvelope envelope) {
    SendAck acked = new SendAck();
    try {
      if (closed) {
        throw new IllegalStateException("the Kafka publisher is closed");
      }
      EventTypeRoute route = routeOf(envelope);
      String aggregateId = envelope.aggregateId();
      byte[] key = aggregateId == null ? null : HeaderValues.utf8(aggregateId);
      acked.countFor(route);
      String traceparent = traceContext.traceparent();
      if (!TraceContext.isValid(traceparent)) {
        // The delivery runs on another thread than the commit: the event carries the trace.
        traceparent = envelope.traceparent();
      }
      ProducerRecord<byte[], byte[]> record =
          contentMode == ContentMode.BINARY
              ? BinaryRecordWriter.write(route, envelope, key, traceparent)
              : KafkaMessageFactory.createWriter(route.topic, key)
                  .writeStructured(events.toCloudEvent(envelope, traceparent), structuredFormat);
      producer.send(record, acked);
    } catch (RuntimeException e) {
      acked.completeExceptionally(e);
    }
    return acked;
  }

  private EventTypeRoute routeOf(EventEnvelope envelope) {
    EventTypeRoute route = routes.get(envelope.event().getClass());
    if (route == null) {
      throw new IllegalArgumentException(
          envelope.event().getClass().getName()
              + " is not an @IntegrationEvent of this service's codecs; only integration events are"
              + " published to Kafka");
    }
    return route;
  }

  /**
   * Stops taking events, waits up to 30 s for the records already sent to be acknowledged, then
   * closes the producer.
   */
  @Override
  public void close() {
    closed = true;
    producer.close(Duration.ofSeconds(30));
  }

  private static Map<String, Object> producerConfig(Builder builder) {
    Map<String, Object> config = new HashMap<>(builder.producerProperties);
    config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, builder.bootstrapServers);
    // Not overridable: they are what makes a send neither lost nor duplicated nor reordered per
    // key.
    config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    config.put(ProducerConfig.ACKS_CONFIG, "all");
    config.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, "herald-publisher");
    config.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 5);
    config.putIfAbsent(ProducerConfig.MAX_BLOCK_MS_CONFIG, DEFAULT_MAX_BLOCK_MS);
    return config;
  }

  /**
   * Configuration of a {@link KafkaIntegrationPublisher}; the defaults are documented on each
   * setter.
   */
  public static final class Builder {

    private final String bootstrapServers;
    private final List<EventCodec> codecs;
    private TopicStrategy topics = TopicStrategy.perService();
    private ContentMode contentMode = ContentMode.BINARY;
    private TraceContext traceContext = TraceContext.none();
    private final Map<String, Object> producerProperties = new HashMap<>();

    private Builder(String bootstrapServers, List<EventCodec> codecs) {
      this.bootstrapServers = Objects.requireNonNull(bootstrapServers, "bootstrapServers");
      if (codecs.isEmpty()) {
        throw new IllegalArgumentException(
            "at least one EventCodec is needed to know the integration events");
      }
      this.codecs = new ArrayList<>(codecs);
    }

    /** Where events go; default {@link TopicStrategy#perService()}. */
    public Builder topicStrategy(TopicStrategy strategy) {
      this.topics = Objects.requireNonNull(strategy, "strategy");
      return this;
    }

    /** Binary (default) or structured content mode. */
    public Builder contentMode(ContentMode mode) {
      this.contentMode = Objects.requireNonNull(mode, "mode");
      return this;
    }

    /** Where the current {@code traceparent} comes from; default none. */
    public Builder traceContext(TraceContext context) {
      this.traceContext = Objects.requireNonNull(context, "context");
      return this;
    }

    /**
     * Sets a Kafka producer property, e.g. {@code linger.ms} (default 5), {@code batch.size},
     * {@code max.block.ms} (default {@value KafkaIntegrationPublisher#DEFAULT_MAX_BLOCK_MS}: how
     * long {@code publish} may wait for metadata or buffer room), {@code delivery.timeout.ms} or
     * security settings; {@code enable.idempotence} and {@code acks} are always {@code true} and
     * {@code all}.
     */
    public Builder producerProperty(String name, Object value) {
      producerProperties.put(
          Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
      return this;
    }

    public KafkaIntegrationPublisher build() {
      return new KafkaIntegrationPublisher(this);
    }
  }
}
