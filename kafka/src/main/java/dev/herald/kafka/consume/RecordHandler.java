package dev.herald.kafka.consume;

import dev.herald.kafka.ThreadLocalTraceContext;
import dev.herald.runtime.generated.JsonLimits;
import java.time.Duration;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Does what one received record calls for: reads it, hands a good one to the sink, writes a bad one
 * to the dead-letter topic; says whether the record is done (its offset may be committed) or must
 * be tried again.
 *
 * <p>A dead letter that cannot be written for a permanent reason (too large even when reduced to
 * its {@code herald-dlq-*} headers, an invalid topic, a denied authorization) is logged once, at
 * ERROR, with the record's topic, partition, offset and reason, and the record counts as done:
 * retrying could not succeed and would stall the partition. Only a transient failure is retried.
 */
final class RecordHandler {

  private static final Logger log = LoggerFactory.getLogger(KafkaIntegrationConsumer.class);

  /** What became of one record: done, or to be tried again because of the problem named. */
  record Result(boolean done, String problem, Throwable error) {
    static final Result DONE = new Result(true, null, null);

    static Result retry(String problem, Throwable error) {
      return new Result(false, problem, error);
    }
  }

  private final IncomingRecordReader reader;
  private final IntegrationEventSink sink;
  private final DeadLetterTopicWriter deadLetters;
  private final ThreadLocalTraceContext traceContext;
  private final String groupId;
  private final Duration handOverTimeout;
  private final AtomicLong delivered = new AtomicLong();
  private final AtomicLong rejected = new AtomicLong();
  private final AtomicLong unwritten = new AtomicLong();

  RecordHandler(
      IncomingRecordReader reader,
      IntegrationEventSink sink,
      DeadLetterTopicWriter deadLetters,
      ThreadLocalTraceContext traceContext,
      String groupId,
      Duration handOverTimeout) {
    this.reader = reader;
    this.sink = sink;
    this.deadLetters = deadLetters;
    this.traceContext = traceContext;
    this.groupId = groupId;
    this.handOverTimeout = handOverTimeout;
  }

  long deliveredCount() {
    return delivered.get();
  }

  long rejectedCount() {
    return rejected.get();
  }

  long unwrittenDeadLetterCount() {
    return unwritten.get();
  }

  /**
   * Handles the record.
   *
   * @param again whether this record was tried before: its rejection is then not logged again
   */
  Result handle(ConsumerRecord<byte[], byte[]> record, boolean again) {
    ReceivedEvent event;
    try {
      event = reader.read(record);
    } catch (Rejection rejection) {
      return deadLetter(record, rejection, again);
    } catch (RuntimeException e) {
      return deadLetter(
          record,
          new Rejection(
              RejectionReason.UNREADABLE,
              "reading the record failed: "
                  + e.getClass().getName()
                  + ": "
                  + JsonLimits.quote(e.getMessage())),
          again);
    }
    try (ThreadLocalTraceContext.Scope scope = openTrace(event.traceparent())) {
      CompletionStage<?> accepted = sink.accept(event);
      accepted.toCompletableFuture().get(handOverTimeout.toMillis(), TimeUnit.MILLISECONDS);
      delivered.incrementAndGet();
      return Result.DONE;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Result.retry("interrupted while the sink took the event", null);
    } catch (TimeoutException e) {
      return Result.retry("the sink did not accept the event within " + handOverTimeout, null);
    } catch (ExecutionException e) {
      return Result.retry("the sink did not accept the event", e.getCause());
    } catch (Exception e) {
      return Result.retry("the sink threw", e);
    }
  }

  private Result deadLetter(
      ConsumerRecord<byte[], byte[]> record, Rejection rejection, boolean again) {
    if (!again) {
      log.warn(
          "consumer {}: {}-{}@{} rejected as {}: {}",
          groupId,
          record.topic(),
          record.partition(),
          record.offset(),
          rejection.reason().code(),
          rejection.detail());
    }
    try {
      deadLetters.write(record, rejection).get(handOverTimeout.toMillis(), TimeUnit.MILLISECONDS);
      rejected.incrementAndGet();
      return Result.DONE;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Result.retry("interrupted while writing the dead letter", null);
    } catch (ExecutionException | TimeoutException e) {
      if (DeadLetterTopicWriter.isTransient(e)) {
        return Result.retry(
            "could not write the dead letter to " + deadLetters.topic(),
            DeadLetterTopicWriter.cause(e));
      }
      unwritten.incrementAndGet();
      Throwable cause = DeadLetterTopicWriter.cause(e);
      log.error(
          "consumer {}: DEAD LETTER NOT WRITTEN: {}-{}@{} was rejected as {} ({}), but the"
              + " dead-letter topic {} refused it for good ({}: {}); the record is skipped and"
              + " this line is its only trace",
          groupId,
          record.topic(),
          record.partition(),
          record.offset(),
          rejection.reason().code(),
          rejection.detail(),
          deadLetters.topic(),
          cause.getClass().getName(),
          JsonLimits.quote(cause.getMessage()));
      return Result.DONE;
    }
  }

  private ThreadLocalTraceContext.Scope openTrace(String traceparent) {
    return traceContext == null ? () -> {} : traceContext.open(traceparent);
  }
}
