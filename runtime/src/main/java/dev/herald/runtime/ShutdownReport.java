package dev.herald.runtime;

import dev.herald.runtime.spi.Delivery;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What {@link EventBus#shutdown} achieved: whether every in-flight delivery finished in time, and
 * the ones that did not (queued, running, or waiting for a retry), which are abandoned in memory
 * and recovered by a durable store's relay, if there is one.
 *
 * @param drained whether every delivery finished before the timeout
 * @param unfinished deliveries that did not finish, oldest event first
 * @param waited how long the shutdown waited
 */
public record ShutdownReport(boolean drained, List<Delivery> unfinished, Duration waited) {

  public ShutdownReport {
    unfinished = List.copyOf(Objects.requireNonNull(unfinished, "unfinished"));
    Objects.requireNonNull(waited, "waited");
  }
}
