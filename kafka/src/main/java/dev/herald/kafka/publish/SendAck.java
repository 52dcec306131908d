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

  @Override
  public void onCompletion(RecordMetadata metadata, Exception failure) {
    if (failure == null) {
      complete(metadata);
    } else {
      completeExceptionally(failure);
    }
  }
}
