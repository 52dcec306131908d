package dev.herald.kafka;

import dev.herald.kafka.consume.IntegrationEventSink;
import dev.herald.kafka.consume.ReceivedEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Predicate;

/** A sink that keeps what it receives, for assertions; accepts at once. */
public final class CollectingSink implements IntegrationEventSink {

  private final List<ReceivedEvent> received = new ArrayList<>();
  private final List<Long> arrivals = new ArrayList<>();

  @Override
  public synchronized CompletionStage<?> accept(ReceivedEvent event) {
    received.add(event);
    arrivals.add(System.nanoTime());
    notifyAll();
    return CompletableFuture.completedFuture(null);
  }

  /** When the event at this index was accepted, as {@link System#nanoTime()}. */
  public synchronized long arrivalNanos(int index) {
    return arrivals.get(index);
  }

  public synchronized List<ReceivedEvent> received() {
    return List.copyOf(received);
  }

  /**
   * Waits until the received events satisfy the condition; returns them (whatever came) at the
   * timeout.
   */
  public synchronized List<ReceivedEvent> awaitUntil(
      Predicate<List<ReceivedEvent>> condition, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!condition.test(received)) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        break;
      }
      wait(Math.max(1, left / 1_000_000));
    }
    return List.copyOf(received);
  }

  public List<ReceivedEvent> awaitCount(int count, Duration timeout) throws InterruptedException {
    return awaitUntil(events -> events.size() >= count, timeout);
  }
}
