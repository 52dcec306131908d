package dev.herald.runtime;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;

/**
 * Generates event ids as UUID version 7 (RFC 9562): a millisecond timestamp, a 12-bit counter and
 * 62 random bits, so ids sort by creation time and, from one generator, strictly increase.
 */
final class EventIds implements LongFunction<UUID> {

  private static final EventIds SYSTEM = new EventIds(MillisecondClock.of(Clock.systemUTC()));
  private static final int COUNTER_BITS = 12;

  private final MillisecondClock clock;

  /**
   * The last (millisecond, counter) pair handed out, packed as {@code millis << 12 | counter}; an
   * overflowing counter carries into the millisecond, which keeps ids monotonic when a burst
   * exceeds 4,096 ids per millisecond or the clock steps back.
   */
  private final AtomicLong lastTick = new AtomicLong();

  private EventIds(MillisecondClock clock) {
    this.clock = clock;
  }

  /** The shared generator on the system UTC clock. */
  static EventIds system() {
    return SYSTEM;
  }

  /** A generator on the given clock, e.g. a fixed or manual clock in tests. */
  static EventIds create(Clock clock) {
    return new EventIds(MillisecondClock.of(clock));
  }

  /** The clock ids and event timestamps are taken from. */
  MillisecondClock clock() {
    return clock;
  }

  /** A new id, greater than every id this generator returned before. */
  UUID next() {
    return next(clock.millis());
  }

  /**
   * A new id for the given millisecond of this generator's clock: the bus and aggregates read the
   * clock once per event and stamp both the id and the timestamp from that one reading.
   */
  @Override
  public UUID apply(long epochMillis) {
    return next(epochMillis);
  }

  /** See {@link #apply}. */
  UUID next(long epochMillis) {
    long now = epochMillis << COUNTER_BITS;
    long previous;
    long tick;
    do {
      previous = lastTick.get();
      tick = now > previous ? now : previous + 1;
    } while (!lastTick.compareAndSet(previous, tick));
    long msb = ((tick >>> COUNTER_BITS) << 16) | 0x7000L | (tick & 0xFFFL);
    long lsb =
        (ThreadLocalRandom.current().nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
    return new UUID(msb, lsb);
  }

  /**
   * The millisecond a version 7 id was created in.
   *
   * @throws IllegalArgumentException when the id is not a version 7 UUID
   */
  static Instant timestampOf(UUID eventId) {
    Objects.requireNonNull(eventId, "eventId");
    if (eventId.version() != 7) {
      throw new IllegalArgumentException(
          "eventId " + eventId + " is a version " + eventId.version() + " UUID, not version 7");
    }
    return Instant.ofEpochMilli(eventId.getMostSignificantBits() >>> 16);
  }
}
