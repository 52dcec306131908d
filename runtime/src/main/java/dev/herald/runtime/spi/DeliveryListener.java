package dev.herald.runtime.spi;

import dev.herald.runtime.DeadLetter;
import java.time.Duration;

/**
 * Observes after-commit deliveries, for metrics and logs. Called on delivery threads; a listener
 * that throws is logged and ignored, so it can never change a delivery's fate.
 */
public interface DeliveryListener {

  /** The delivery's handler completed normally on the given attempt. */
  default void succeeded(Delivery delivery, int attempt) {}

  /**
   * An attempt failed.
   *
   * @param retryIn the wait before the next attempt, or {@code null} when this was the last attempt
   *     and {@link #deadLettered} follows
   */
  default void failed(Delivery delivery, int attempt, Throwable failure, Duration retryIn) {}

  /** The delivery ran out of attempts (or cannot be delivered at all) and was parked. */
  default void deadLettered(DeadLetter deadLetter) {}
}
