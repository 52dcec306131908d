package dev.herald.runtime;

import dev.herald.runtime.spi.Delivery;
import java.time.Instant;
import java.util.Objects;

/**
 * A delivery that kept failing and was parked instead of dropped: it stays until it is redriven
 * successfully or removed by an operator.
 *
 * @param delivery what could not be delivered
 * @param attempts how many attempts were made
 * @param failureType class name of the last failure
 * @param failureMessage message of the last failure (or the reason, for an event that could not
 *     even be decoded)
 * @param deadLetteredAt when it was parked
 */
public record DeadLetter(
    Delivery delivery,
    int attempts,
    String failureType,
    String failureMessage,
    Instant deadLetteredAt) {

  public DeadLetter {
    Objects.requireNonNull(delivery, "delivery");
    Objects.requireNonNull(failureType, "failureType");
    Objects.requireNonNull(deadLetteredAt, "deadLetteredAt");
  }
}
