package dev.herald.jdbc;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * What an outbox still owes its handlers at one moment: the deliveries not yet done (in flight,
 * waiting for a retry or for a relay) and when the oldest of their events was committed.
 *
 * @param pending deliveries with status {@code PENDING}; dead letters are not counted
 * @param oldestPending when the event of the oldest pending delivery was stored, or null when none
 *     is pending
 * @param readAt when it was read, on the outbox's clock (the one that stamped {@code
 *     oldestPending})
 */
public record OutboxBacklog(long pending, Instant oldestPending, Instant readAt) {

  public OutboxBacklog {
    Objects.requireNonNull(readAt, "readAt");
    if (pending < 0 || (pending == 0) != (oldestPending == null)) {
      throw new IllegalArgumentException(
          "Invalid backlog: "
              + pending
              + " pending, oldest "
              + oldestPending
              + "; an oldest instant goes with a positive count, null with 0");
    }
  }

  /**
   * How long the oldest pending delivery had waited when this was read, the relay's lag; zero when
   * nothing was pending.
   */
  public Duration lag() {
    if (oldestPending == null || !readAt.isAfter(oldestPending)) {
      return Duration.ZERO;
    }
    return Duration.between(oldestPending, readAt);
  }
}
