package dev.herald.runtime;

import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.locks.LockSupport;

/**
 * The millisecond an event is stamped with, read cheaply: event ids (UUIDv7) carry milliseconds,
 * and reading the system clock costs 25-80 ns on the virtual machines Herald runs on, more than the
 * rest of a synchronous publication. The system clock is therefore read by a daemon thread once per
 * millisecond while events are being stamped, and stops after a second without readers; the first
 * readings after a start or a stop ask the system clock, so that an application publishing a few
 * events (its first one at startup, say) starts no thread for them. Any other clock (a test's) is
 * asked on every reading.
 */
abstract class MillisecondClock {

  /** A reader of the given clock: the ticking one for the system clock, the clock itself else. */
  static MillisecondClock of(Clock clock) {
    Objects.requireNonNull(clock, "clock");
    // Clock.systemUTC() and systemDefaultZone() are one class; their millis() ignore the zone.
    if (clock.getClass() == Clock.systemUTC().getClass()) {
      return Ticking.INSTANCE;
    }
    // Made by a method of its own, so that verifying this class does not load Asking.
    return Asking.of(clock);
  }

  /** The current millisecond since the epoch. */
  abstract long millis();

  /** A clock that is asked every time. */
  private static final class Asking extends MillisecondClock {
    private final Clock clock;

    private Asking(Clock clock) {
      this.clock = clock;
    }

    static MillisecondClock of(Clock clock) {
      return new Asking(clock);
    }

    @Override
    long millis() {
      return clock.millis();
    }
  }

  /** The system clock as read by a ticker thread, which runs only while someone reads it. */
  static final class Ticking extends MillisecondClock implements Runnable {
    /** Readings that ask the system clock while no ticker runs, before one is started. */
    static final int READS_BEFORE_TICKER = 64;

    static final Ticking INSTANCE = new Ticking(READS_BEFORE_TICKER);

    /** Ticks without a reader before the ticker stops. */
    private static final int IDLE_TICKS = 1_000;

    private static final long TICK_NANOS = 1_000_000L;

    private final int readsBeforeTicker;
    private volatile long now = System.currentTimeMillis();
    private volatile Thread ticker;

    /**
     * Set by readers, cleared by the ticker: a plain field, since a lost update only makes the
     * ticker stop a tick later or earlier, and the reader then starts it again.
     */
    private boolean read;

    /**
     * Readings since no ticker runs: a plain field, since a lost update only starts the ticker a
     * reading later. Every such reading asks the system clock, so it is exact.
     */
    private int readsWithoutTicker;

    /** A clock that starts its ticker at the reading after {@code readsBeforeTicker}; for tests. */
    Ticking(int readsBeforeTicker) {
      this.readsBeforeTicker = readsBeforeTicker;
    }

    @Override
    long millis() {
      if (!read) {
        read = true;
      }
      if (ticker == null) {
        return withoutTicker();
      }
      return now;
    }

    /** Whether a ticker thread runs now. */
    boolean ticking() {
      return ticker != null;
    }

    private long withoutTicker() {
      if (readsWithoutTicker < readsBeforeTicker) {
        readsWithoutTicker++;
        return System.currentTimeMillis();
      }
      return start();
    }

    private synchronized long start() {
      long current = System.currentTimeMillis();
      now = current;
      if (ticker == null) {
        Thread thread = new Thread(this, "herald-clock");
        thread.setDaemon(true);
        ticker = thread;
        thread.start();
      }
      return current;
    }

    @Override
    public void run() {
      int idle = 0;
      while (idle < IDLE_TICKS) {
        LockSupport.parkNanos(TICK_NANOS);
        now = System.currentTimeMillis();
        if (read) {
          read = false;
          idle = 0;
        } else {
          idle++;
        }
      }
      synchronized (this) {
        ticker = null;
        readsWithoutTicker = 0;
      }
    }
  }
}
