package dev.herald.runtime;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class MillisecondClockTest {

  @Test
  void theFirstReadingsAskTheSystemClockAndStartNoThread() {
    MillisecondClock.Ticking clock = new MillisecondClock.Ticking(3);
    for (int i = 0; i < 3; i++) {
      long before = System.currentTimeMillis();
      long read = clock.millis();
      assertTrue(before <= read && read <= System.currentTimeMillis(), "reading " + i);
    }
    assertFalse(clock.ticking(), "three readings start no ticker");

    long before = System.currentTimeMillis();
    long read = clock.millis();
    assertTrue(before <= read && read <= System.currentTimeMillis());
    assertTrue(clock.ticking(), "the fourth reading starts the ticker");
    for (int i = 0; i < 1_000; i++) {
      long ticked = clock.millis();
      assertTrue(ticked >= read, "a ticked reading never goes back from the last one asked");
      assertTrue(ticked <= System.currentTimeMillis());
    }
  }

  @Test
  void theSystemClocksShareTheTickingReaderAndOtherClocksAreAsked() {
    assertSame(MillisecondClock.of(Clock.systemUTC()), MillisecondClock.of(Clock.systemUTC()));
    assertSame(
        MillisecondClock.of(Clock.systemUTC()), MillisecondClock.of(Clock.systemDefaultZone()));
    Instant fixed = Instant.parse("2026-12-07T08:00:00Z");
    long read = MillisecondClock.of(Clock.fixed(fixed, ZoneOffset.UTC)).millis();
    assertTrue(read == fixed.toEpochMilli(), "a fixed clock is asked: " + read);
  }
}
