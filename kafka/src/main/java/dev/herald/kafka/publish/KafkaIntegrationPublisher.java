package dev.herald.kafka.publish;

import dev.herald.kafka.ContentMode;
import dev.herald.kafka.IntegrationEventCatalog;
import dev.herald.kafka.TopicStrategy;
import dev.herald.kafka.TraceContext;
import dev.herald.runtime.EventCodec;
import dev.herald.runtime.EventEnvelope;
import dev.herald.runtime.IntegrationEventType;
import io.cloudevents.CloudEvent;
import io.cloudevents.jackson.JsonFormat;
import io.cloudevents.kafka.KafkaMessageFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Publishes committed {@code @IntegrationEvent}s to Kafka as CloudEvents, keyed by aggregate id.
 *
 * <p>The producer is idempotent with {@code acks=all}, so the broker's own retries neither lose nor
 * duplicate a send, and per key the order of sends is kept. {@link #publish} returns a stage that
 * completes when the broker has acknowledged the record, which makes the publisher usable as an
 * after-commit subscriber of the bus or as an outbox delivery: what fails there is retried and
 * dead-lettered by the caller. Used alone, a publish whose stage failed is not retried by Herald
 * (at most once); through the bus it is at least once, and with the JDBC outbox it survives crashes.
 *
 * <p>{@link #publish} never blocks: {@code KafkaProducer.send} waits for metadata (up to {@code
 * max.block.ms}) while the broker is unreachable, so sends are handed to one sender thread of this
 * publisher, in call order, and the caller's delivery thread stays free.
 */
public final class KafkaIntegrationPublisher implements AutoCloseable {

  private final Producer<String, byte[]> producer;
  private final CloudEventFactory events;
  private final TopicStrategy topics;
  private final ContentMode contentMode;
  private final TraceContext traceContext;
  private final IntegrationEventCatalog catalog;
  private final JsonFormat structuredFormat = new JsonFormat();
  private final ExecutorService sender = Executors.newSingleThreadExecutor(runnable -> {
    Thread thread = new Thread(runnable, "herald-kafka-publisher");
    thread.setDaemon(true);
    return thread;
  });

  private KafkaIntegrationPublisher(Builder builder) {
    this.catalog = IntegrationEventCatalog.of(builder.codecs);
    this.events = new CloudEventFactory(catalog);
    this.topics = builder.topics;
    this.contentMode = builder.contentMode;
    this.traceContext = builder.traceContext;
    this.producer = new KafkaProducer<>(producerConfig(builder), new StringSerializer(), new ByteArraySerializer());
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
   * Sends the envelope's event as a CloudEvent.
   *
   * @return completes with the record's position once the broker acknowledged it (all in-sync
   *     replicas have it), or fails with the send's error, or with {@link IllegalArgumentException}
   *     when the event is not an integration event of this service
   */
  public CompletionStage<RecordMetadata> publish(EventEnvelope envelope) {
    CompletableFuture<RecordMetadata> acked = new CompletableFuture<>();
    try {
      IntegrationEventCatalog.Entry entry = events.entryOf(envelope);
      CloudEvent event = events.toCloudEvent(envelope, traceContext.traceparent());
      String topic = topics.topicFor(entry.type());
      ProducerRecord<String, byte[]> record = contentMode == ContentMode.BINARY
          ? KafkaMessageFactory.createWriter(topic, envelope.aggregateId()).writeBinary(event)
          : KafkaMessageFactory.createWriter(topic, envelope.aggregateId()).writeStructured(event, structuredFormat);
      sender.execute(() -> send(record, acked));
    } catch (RejectedExecutionException e) {
      acked.completeExceptionally(new IllegalStateException("the Kafka publisher is closed", e));
    } catch (RuntimeException e) {
      acked.completeExceptionally(e);
    }
    return acked;
  }

  private void send(ProducerRecord<String, byte[]> record, CompletableFuture<RecordMetadata> acked) {
    try {
      producer.send(record, (metadata, failure) -> {
        if (failure == null) {
          acked.complete(metadata);
        } else {
          acked.completeExceptionally(failure);
        }
      });
    } catch (RuntimeException e) {
      acked.completeExceptionally(e);
    }
  }

  /** Waits up to 30 s for pending sends to be acknowledged, then closes the producer. */
  @Override
  public void close() {
    sender.shutdown();
    try {
      if (!sender.awaitTermination(30, TimeUnit.SECONDS)) {
        sender.shutdownNow();
      }
    } catch (InterruptedException e) {
      sender.shutdownNow();
      Thread.currentThread().interrupt();
    }
    producer.close(Duration.ofSeconds(30));
  }

  private static Map<String, Object> producerConfig(Builder builder) {
    Map<String, Object> config = new HashMap<>(builder.producerProperties);
    config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, builder.bootstrapServers);
    // Not overridable: they are what makes a send neither lost nor duplicated nor reordered per key.
    config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    config.put(ProducerConfig.ACKS_CONFIG, "all");
    config.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, "herald-publisher");
    config.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 5);
    return config;
  }

  /** Configuration of a {@link KafkaIntegrationPublisher}; the defaults are documented on each setter. */
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
        throw new IllegalArgumentException("at least one EventCodec is needed to know the integration events");
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
     * {@code delivery.timeout.ms} or security settings; {@code enable.idempotence} and {@code acks}
     * are always {@code true} and {@code all}.
     */
    public Builder producerProperty(String name, Object value) {
      producerProperties.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
      return this;
    }

    public KafkaIntegrationPublisher build() {
      return new KafkaIntegrationPublisher(this);
    }
  }
}
