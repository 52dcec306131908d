package dev.herald.kafka.consume;

import dev.herald.kafka.IntegrationEventCatalog;
import dev.herald.kafka.ThreadLocalTraceContext;
import dev.herald.runtime.generated.EventCodec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Consumes integration events from Kafka into this service: each record is read and checked by an
 * {@link IncomingRecordReader}, handed to the {@link IntegrationEventSink} when good, copied to the
 * dead-letter topic with the reason when not, and its offset is committed only after that hand-over
 * or copy was acknowledged.
 *
 * <p>One thread polls; records of one partition are handled one after the other in offset order, so
 * per-partition (hence per-aggregate) order is kept. When the sink fails or the dead-letter topic
 * cannot be written, the partition is rewound to the failed record and tried again after a
 * back-off: nothing is skipped, and a record may be handed over more than once (at least once; the
 * inbox makes that harmless). A malformed record never stops consumption.
 */
public final class KafkaIntegrationConsumer implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(KafkaIntegrationConsumer.class);

  private final KafkaConsumer<byte[], byte[]> consumer;
  private final IncomingRecordReader reader;
  private final DeadLetterTopicWriter deadLetters;
  private final IntegrationEventSink sink;
  private final ThreadLocalTraceContext traceContext;
  private final List<String> topics;
  private final String groupId;
  private final Duration pollTimeout;
  private final Duration handOverTimeout;
  private final Duration retryBackoff;
  private final Thread thread;
  private final CountDownLatch stopped = new CountDownLatch(1);
  private final AtomicLong delivered = new AtomicLong();
  private final AtomicLong rejected = new AtomicLong();
  private volatile boolean running;

  private KafkaIntegrationConsumer(Builder b) {
    this.reader = new IncomingRecordReader(IntegrationEventCatalog.of(b.codecs), b.maxRecordBytes);
    this.sink = b.sink;
    this.traceContext = b.traceContext;
    this.topics = List.copyOf(b.topics);
    this.groupId = b.groupId;
    this.pollTimeout = b.pollTimeout;
    this.handOverTimeout = b.handOverTimeout;
    this.retryBackoff = b.retryBackoff;
    Map<String, Object> config = new HashMap<>(b.consumerProperties);
    config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, b.bootstrapServers);
    config.put(ConsumerConfig.GROUP_ID_CONFIG, b.groupId);
    config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    config.putIfAbsent(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    config.putIfAbsent(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    config.putIfAbsent(ConsumerConfig.CLIENT_ID_CONFIG, "herald-consumer-" + b.groupId);
    this.consumer =
        new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    String dlqTopic = b.deadLetterTopic != null ? b.deadLetterTopic : b.groupId + ".dlq";
    this.deadLetters =
        new DeadLetterTopicWriter(b.bootstrapServers, dlqTopic, b.groupId, b.producerProperties);
    this.thread = new Thread(this::run, "herald-kafka-consumer-" + b.groupId);
    this.thread.setDaemon(true);
  }

  /**
   * Starts configuring a consumer.
   *
   * @param groupId the Kafka consumer group: one per receiving service
   * @param sink where good events go
   * @param codecs the receiving service's generated codecs: only their integration events are
   *     accepted
   */
  public static Builder builder(
      String bootstrapServers, String groupId, IntegrationEventSink sink, EventCodec... codecs) {
    return new Builder(bootstrapServers, groupId, sink, List.of(codecs));
  }

  /** Subscribes and starts the polling thread. */
  public synchronized KafkaIntegrationConsumer start() {
    if (running || stopped.getCount() == 0) {
      throw new IllegalStateException("consumer " + groupId + " was already started");
    }
    running = true;
    thread.start();
    return this;
  }

  /** The topic rejected records are copied to. */
  public String deadLetterTopic() {
    return deadLetters.topic();
  }

  /** How many events were handed to the sink and accepted so far. */
  public long deliveredCount() {
    return delivered.get();
  }

  /** How many records were sent to the dead-letter topic so far. */
  public long rejectedCount() {
    return rejected.get();
  }

  /**
   * Stops polling, commits nothing more, and closes the clients; waits up to 30 s for the thread.
   */
  @Override
  public void close() {
    boolean wasRunning = running;
    running = false;
    if (wasRunning) {
      consumer.wakeup();
      try {
        if (!stopped.await(30, TimeUnit.SECONDS)) {
          log.warn("consumer {} did not stop within 30 s", groupId);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    } else {
      consumer.close();
    }
    deadLetters.close();
  }

  private void run() {
    try {
      consumer.subscribe(topics);
      while (running) {
        try {
          ConsumerRecords<byte[], byte[]> records = consumer.poll(pollTimeout);
          if (!records.isEmpty()) {
            handle(records);
          }
        } catch (WakeupException e) {
          throw e;
        } catch (RuntimeException e) {
          // A failing poll (a broker or network fault) must not end consumption; try again after
          // the pause.
          log.error(
              "consumer {}: polling or handling a batch failed; going on after {}",
              groupId,
              retryBackoff,
              e);
          sleep(retryBackoff);
        }
      }
    } catch (WakeupException e) {
      if (running) {
        log.error("consumer {} woken up unexpectedly", groupId, e);
      }
    } finally {
      running = false;
      try {
        consumer.close(CloseOptions.timeout(Duration.ofSeconds(10)));
      } catch (RuntimeException e) {
        log.warn("closing consumer {} failed", groupId, e);
      }
      stopped.countDown();
    }
  }

  private void handle(ConsumerRecords<byte[], byte[]> records) {
    Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
    boolean failed = false;
    for (TopicPartition partition : records.partitions()) {
      for (ConsumerRecord<byte[], byte[]> record : records.records(partition)) {
        if (!running) {
          break;
        }
        if (!handle(record)) {
          // Read this record and the rest of the partition again after the back-off.
          consumer.seek(partition, record.offset());
          failed = true;
          break;
        }
        done.put(partition, new OffsetAndMetadata(record.offset() + 1));
      }
    }
    commit(done);
    if (failed && running) {
      sleep(retryBackoff);
    }
  }

  /** Hands over or dead-letters one record; false when it must be tried again. */
  private boolean handle(ConsumerRecord<byte[], byte[]> record) {
    ReceivedEvent event;
    try {
      event = reader.read(record);
    } catch (Rejection rejection) {
      return deadLetter(record, rejection);
    } catch (RuntimeException e) {
      return deadLetter(
          record,
          new Rejection(
              RejectionReason.UNREADABLE,
              "reading the record failed: " + e.getClass().getName() + ": " + e.getMessage()));
    }
    try (ThreadLocalTraceContext.Scope scope = openTrace(event.traceparent())) {
      CompletionStage<?> accepted = sink.accept(event);
      accepted.toCompletableFuture().get(handOverTimeout.toMillis(), TimeUnit.MILLISECONDS);
      delivered.incrementAndGet();
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    } catch (ExecutionException | TimeoutException e) {
      log.warn(
          "consumer {}: the sink did not accept {}-{}@{} ({}); retrying after {}",
          groupId,
          record.topic(),
          record.partition(),
          record.offset(),
          e instanceof TimeoutException ? "timed out" : e.getCause(),
          retryBackoff);
      return false;
    } catch (Exception e) {
      log.warn(
          "consumer {}: the sink threw on {}-{}@{}; retrying after {}",
          groupId,
          record.topic(),
          record.partition(),
          record.offset(),
          retryBackoff,
          e);
      return false;
    }
  }

  private boolean deadLetter(ConsumerRecord<byte[], byte[]> record, Rejection rejection) {
    log.warn(
        "consumer {}: {}-{}@{} rejected as {}: {}",
        groupId,
        record.topic(),
        record.partition(),
        record.offset(),
        rejection.reason().code(),
        rejection.detail());
    try {
      deadLetters.write(record, rejection).get(handOverTimeout.toMillis(), TimeUnit.MILLISECONDS);
      rejected.incrementAndGet();
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    } catch (ExecutionException | TimeoutException e) {
      log.warn(
          "consumer {}: could not write to dead-letter topic {}; retrying after {}",
          groupId,
          deadLetters.topic(),
          retryBackoff,
          e);
      return false;
    }
  }

  private void commit(Map<TopicPartition, OffsetAndMetadata> offsets) {
    if (offsets.isEmpty()) {
      return;
    }
    try {
      consumer.commitSync(offsets, handOverTimeout);
    } catch (WakeupException e) {
      // Closing: try once more so that what was handed over is not read again needlessly.
      consumer.commitSync(offsets, handOverTimeout);
      throw e;
    } catch (KafkaException e) {
      // The records will be read again by whoever owns the partitions now: at least once.
      log.warn(
          "consumer {}: committing offsets failed; those records will be delivered again",
          groupId,
          e);
    }
  }

  private ThreadLocalTraceContext.Scope openTrace(String traceparent) {
    return traceContext == null ? () -> {} : traceContext.open(traceparent);
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Configuration of a {@link KafkaIntegrationConsumer}; defaults are documented on each setter.
   */
  public static final class Builder {

    private final String bootstrapServers;
    private final String groupId;
    private final IntegrationEventSink sink;
    private final List<EventCodec> codecs;
    private final List<String> topics = new ArrayList<>();
    private String deadLetterTopic;
    private int maxRecordBytes = 1024 * 1024;
    private Duration pollTimeout = Duration.ofMillis(200);
    private Duration handOverTimeout = Duration.ofSeconds(30);
    private Duration retryBackoff = Duration.ofSeconds(1);
    private ThreadLocalTraceContext traceContext;
    private final Map<String, Object> consumerProperties = new HashMap<>();
    private final Map<String, Object> producerProperties = new HashMap<>();

    private Builder(
        String bootstrapServers,
        String groupId,
        IntegrationEventSink sink,
        List<EventCodec> codecs) {
      this.bootstrapServers = Objects.requireNonNull(bootstrapServers, "bootstrapServers");
      this.groupId = Objects.requireNonNull(groupId, "groupId");
      this.sink = Objects.requireNonNull(sink, "sink");
      if (codecs.isEmpty()) {
        throw new IllegalArgumentException(
            "at least one EventCodec is needed to know which events to accept");
      }
      this.codecs = List.copyOf(codecs);
    }

    /** Adds topics to subscribe to; at least one is needed. */
    public Builder topics(String... names) {
      topics.addAll(List.of(names));
      return this;
    }

    /** Where rejected records go; default {@code <groupId>.dlq}. */
    public Builder deadLetterTopic(String topic) {
      this.deadLetterTopic = Objects.requireNonNull(topic, "topic");
      return this;
    }

    /** The largest record accepted, key, value and headers together; default 1 MiB. */
    public Builder maxRecordBytes(int bytes) {
      this.maxRecordBytes = bytes;
      return this;
    }

    /**
     * How long the sink or the dead-letter topic may take to acknowledge one record; default 30 s.
     */
    public Builder handOverTimeout(Duration timeout) {
      this.handOverTimeout = Objects.requireNonNull(timeout, "timeout");
      return this;
    }

    /** The pause before a record the sink refused is tried again; default 1 s. */
    public Builder retryBackoff(Duration backoff) {
      this.retryBackoff = Objects.requireNonNull(backoff, "backoff");
      return this;
    }

    /** The longest a poll waits for records; default 200 ms. */
    public Builder pollTimeout(Duration timeout) {
      this.pollTimeout = Objects.requireNonNull(timeout, "timeout");
      return this;
    }

    /**
     * Makes each received event's {@code traceparent} current in this context while the sink takes
     * it.
     */
    public Builder traceContext(ThreadLocalTraceContext context) {
      this.traceContext = Objects.requireNonNull(context, "context");
      return this;
    }

    /**
     * Sets a Kafka consumer property (e.g. {@code max.poll.records}, {@code auto.offset.reset},
     * default {@code earliest}); {@code enable.auto.commit} is always {@code false}.
     */
    public Builder consumerProperty(String name, Object value) {
      consumerProperties.put(
          Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
      return this;
    }

    /** Sets a property of the dead-letter producer (idempotent, {@code acks=all} always). */
    public Builder deadLetterProducerProperty(String name, Object value) {
      producerProperties.put(
          Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
      return this;
    }

    public KafkaIntegrationConsumer build() {
      if (topics.isEmpty()) {
        throw new IllegalArgumentException("no topic to consume: call topics(...)");
      }
      if (maxRecordBytes < 1) {
        throw new IllegalArgumentException(
            "maxRecordBytes must be positive, was " + maxRecordBytes);
      }
      return new KafkaIntegrationConsumer(this);
    }
  }
}
