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
import java.util.OptionalLong;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
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
 * per-partition (hence per-aggregate) order is kept. When the sink fails, or the dead-letter topic
 * cannot be written for a transient reason, that partition is rewound to the failed record and
 * paused for a back-off that doubles up to {@code maxRetryBackoff} while the failure goes on; the
 * other partitions go on meanwhile. Nothing is skipped, and a record may be handed over more than
 * once (at least once; the inbox makes that harmless). A malformed record never stops consumption:
 * its dead letter is built to fit the topic, and one the topic refuses for good is logged once and
 * passed.
 */
public final class KafkaIntegrationConsumer implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(KafkaIntegrationConsumer.class);

  private final KafkaConsumer<byte[], byte[]> consumer;
  private final RecordHandler handler;
  private final DeadLetterTopicWriter deadLetters;
  private final List<String> topics;
  private final String groupId;
  private final Duration pollTimeout;
  private final Duration handOverTimeout;
  private final Duration retryBackoff;
  private final PartitionRetries retries;
  private final Thread thread;
  private final CountDownLatch closing = new CountDownLatch(1);
  private final CountDownLatch stopped = new CountDownLatch(1);
  private volatile boolean running;

  /** Records behind the end of the assigned partitions at the last poll; -1 until known. */
  private volatile long lag = -1;

  private KafkaIntegrationConsumer(Builder b) {
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
        new DeadLetterTopicWriter(
            b.bootstrapServers,
            dlqTopic,
            b.groupId,
            b.producerProperties,
            b.deadLetterTopicMaxMessageBytes);
    this.handler =
        new RecordHandler(
            new IncomingRecordReader(IntegrationEventCatalog.of(b.codecs), b.maxRecordBytes),
            b.sink,
            deadLetters,
            b.traceContext,
            b.groupId,
            b.handOverTimeout);
    this.retries = new PartitionRetries(consumer, b.retryBackoff, b.maxRetryBackoff, b.groupId);
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

  /** The consumer group this consumer reads in. */
  public String groupId() {
    return groupId;
  }

  /** The topic rejected records are copied to. */
  public String deadLetterTopic() {
    return deadLetters.topic();
  }

  /** How many events were handed to the sink and accepted so far. */
  public long deliveredCount() {
    return handler.deliveredCount();
  }

  /** How many records were written to the dead-letter topic so far. */
  public long rejectedCount() {
    return handler.rejectedCount();
  }

  /**
   * How many rejected records were passed without a dead letter because the dead-letter topic
   * refused it for good (each logged once at ERROR with its topic, partition, offset and reason).
   */
  public long unwrittenDeadLetterCount() {
    return handler.unwrittenDeadLetterCount();
  }

  /**
   * How many records this consumer was behind the end of its assigned partitions when it last
   * polled, summed over the partitions whose position and end it knows: the consumer lag, for
   * metrics. -1 before a poll knew any partition's.
   */
  public long lag() {
    return lag;
  }

  /**
   * Stops polling, commits nothing more, and closes the clients; waits up to 30 s for the thread.
   */
  @Override
  public void close() {
    boolean wasRunning = running;
    running = false;
    closing.countDown();
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
          retries.resumeDue();
          ConsumerRecords<byte[], byte[]> records = consumer.poll(pollTimeout);
          lag = currentLag();
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
          pause(retryBackoff);
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

  /** The lag the consumer knows from its last fetch, without asking the broker. */
  private long currentLag() {
    long sum = 0;
    boolean known = false;
    for (TopicPartition partition : consumer.assignment()) {
      OptionalLong behind = consumer.currentLag(partition);
      if (behind.isPresent()) {
        sum += behind.getAsLong();
        known = true;
      }
    }
    return known ? sum : lag;
  }

  private void handle(ConsumerRecords<byte[], byte[]> records) {
    Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
    for (TopicPartition partition : records.partitions()) {
      for (ConsumerRecord<byte[], byte[]> record : records.records(partition)) {
        if (!running) {
          break;
        }
        RecordHandler.Result result = handler.handle(record, retries.isRetry(record));
        if (!result.done()) {
          // The rest of this partition waits for the back-off; the other partitions go on.
          retries.failed(record, result);
          break;
        }
        retries.succeeded(record);
        done.put(partition, new OffsetAndMetadata(record.offset() + 1));
      }
    }
    commit(done);
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

  /** Waits, or less when the consumer is closed meanwhile. */
  private void pause(Duration duration) {
    try {
      closing.await(duration.toMillis(), TimeUnit.MILLISECONDS);
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
    private Duration maxRetryBackoff = Duration.ofSeconds(30);
    private int deadLetterTopicMaxMessageBytes =
        DeadLetterTopicWriter.KAFKA_DEFAULT_MAX_MESSAGE_BYTES;
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

    /**
     * The first pause before a record the sink refused, or whose dead letter could not be written
     * for a transient reason, is tried again; it doubles with each further failure of the same
     * record up to {@link #maxRetryBackoff}. Default 1 s.
     */
    public Builder retryBackoff(Duration backoff) {
      this.retryBackoff = Objects.requireNonNull(backoff, "backoff");
      return this;
    }

    /** The longest pause between two attempts at one record; default 30 s. */
    public Builder maxRetryBackoff(Duration backoff) {
      this.maxRetryBackoff = Objects.requireNonNull(backoff, "backoff");
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

    /**
     * The dead-letter topic's {@code max.message.bytes}, when it is set lower than Kafka's default
     * (1,048,588): dead letters are built to fit the smaller of it and the dead-letter producer's
     * {@code max.request.size}. Should the topic's real limit be smaller still, a dead letter the
     * broker refuses as too large is written again with the {@code herald-dlq-*} headers only.
     */
    public Builder deadLetterTopicMaxMessageBytes(int bytes) {
      this.deadLetterTopicMaxMessageBytes = bytes;
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
      if (deadLetterTopicMaxMessageBytes < 16 * 1024) {
        throw new IllegalArgumentException(
            "deadLetterTopicMaxMessageBytes must be at least 16384, was "
                + deadLetterTopicMaxMessageBytes);
      }
      if (maxRetryBackoff.compareTo(retryBackoff) < 0) {
        throw new IllegalArgumentException(
            "maxRetryBackoff ("
                + maxRetryBackoff
                + ") must not be shorter than retryBackoff ("
                + retryBackoff
                + ")");
      }
      return new KafkaIntegrationConsumer(this);
    }
  }
}
