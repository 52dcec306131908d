package dev.herald.kafka.publish;

import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.RecordMetadata;

/**
 * The stage {@code publish} returns, which is also the producer's callback for that record: one
 * object per send instead of a future plus a callback lambda. It completes on the producer's I/O
 * thread when the broker acknowledged the record (or on the caller's thread when the send failed at
 * once).
 */
final class SendAck extends CompletableFuture<RecordMetadata> implements Callback {

  /** The event type whose counters the outcome goes to; null until the type is known. */
  private EventTypeRoute route;

  /** Counts the outcome for the event type from here on. */
  void countFor(EventTypeRoute route) {
    this.route = route;
  }

  @Override
  public void onCompletion(RecordMetadata metadata, Exception failure) {
    if (failure == null) {
      if (route != null) {
        route.acknowledged.increment();
      }
      complete(metadata);
    } else {
      if (route != null) {
        route.failed.increment();
      }
      completeExceptionally(failure);
    }
  }
}
