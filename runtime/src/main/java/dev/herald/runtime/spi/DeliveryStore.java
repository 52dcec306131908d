package dev.herald.runtime.spi;

import dev.herald.runtime.DeadLetter;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Where the bus records the fate of each after-commit delivery: in memory by default, a database
 * table with {@code herald-jdbc}, which also wrote the pending deliveries in the commit's
 * transaction and redelivers what a crash left undone.
 *
 * <p>Implementations are called from delivery threads and must be thread-safe.
 */
public interface DeliveryStore {

  /** The delivery succeeded: it is done and must never be delivered again by recovery. */
  void delivered(Delivery delivery);

  /** The given attempt failed and the delivery will be retried at {@code nextAttemptAt}. */
  void retrying(Delivery delivery, int failedAttempt, Throwable failure, Instant nextAttemptAt);

  /** The delivery ran out of attempts and is parked. */
  void deadLettered(DeadLetter deadLetter);

  /** Every parked delivery, oldest first. */
  List<DeadLetter> deadLetters();

  /**
   * Takes a parked delivery out of the store for a redrive; it comes back through {@link
   * #deadLettered} if the redrive fails again.
   */
  Optional<DeadLetter> takeDeadLetter(UUID eventId, String routeId);
}
