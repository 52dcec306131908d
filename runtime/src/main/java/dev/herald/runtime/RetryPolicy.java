package dev.herald.runtime;

import java.time.Duration;
import java.util.Objects;

/**
 * How often and how patiently an after-commit delivery is retried: exponential backoff from {@code
 * firstDelay}, multiplied by {@code multiplier} per failed attempt, capped at {@code maxDelay}, and
 * shortened by up to {@code jitter} (a fraction) at random so that failing deliveries do not retry
 * in lockstep.
 *
 * @param maxAttempts attempts in all, including the first; 1 means no retry
 * @param firstDelay delay after the first failed attempt, before jitter
 * @param maxDelay upper bound of any delay
 * @param multiplier growth of the delay per failed attempt, 1 or more
 * @param jitter fraction of the delay that may be taken off at random, from 0 (none) to 1
 */
public record RetryPolicy(
    int maxAttempts, Duration firstDelay, Duration maxDelay, double multiplier, double jitter) {

  private static final RetryPolicy DEFAULTS = of(5, Duration.ofMillis(100), Duration.ofSeconds(10));

  public RetryPolicy {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be 1 or more, was " + maxAttempts);
    }
    Objects.requireNonNull(firstDelay, "firstDelay");
    Objects.requireNonNull(maxDelay, "maxDelay");
    if (firstDelay.isNegative()) {
      throw new IllegalArgumentException("firstDelay must not be negative, was " + firstDelay);
    }
    if (maxDelay.compareTo(firstDelay) < 0) {
      throw new IllegalArgumentException(
          "maxDelay " + maxDelay + " is shorter than firstDelay " + firstDelay);
    }
    if (maxDelay.compareTo(Duration.ofDays(1)) > 0) {
      throw new IllegalArgumentException("maxDelay must be at most one day, was " + maxDelay);
    }
    if (!(multiplier >= 1.0) || Double.isInfinite(multiplier)) {
      throw new IllegalArgumentException(
          "multiplier must be a finite number of 1 or more, was " + multiplier);
    }
    if (!(jitter >= 0.0 && jitter <= 1.0)) {
      throw new IllegalArgumentException("jitter must be between 0 and 1, was " + jitter);
    }
  }

  /** Five attempts, 100 ms first delay doubling up to 10 s, 20% jitter. */
  public static RetryPolicy defaults() {
    return DEFAULTS;
  }

  /** The given limits with delays doubling per attempt and 20% jitter. */
  public static RetryPolicy of(int maxAttempts, Duration firstDelay, Duration maxDelay) {
    return new RetryPolicy(maxAttempts, firstDelay, maxDelay, 2.0, 0.2);
  }

  /** One attempt: a failure dead-letters at once. */
  public static RetryPolicy noRetries() {
    return new RetryPolicy(1, Duration.ZERO, Duration.ZERO, 1.0, 0.0);
  }

  /** This policy with another jitter fraction (0 makes delays exact). */
  public RetryPolicy withJitter(double jitter) {
    return new RetryPolicy(maxAttempts, firstDelay, maxDelay, multiplier, jitter);
  }

  /** This policy with another growth factor. */
  public RetryPolicy withMultiplier(double multiplier) {
    return new RetryPolicy(maxAttempts, firstDelay, maxDelay, multiplier, jitter);
  }

  /**
   * The wait before the attempt that follows failed attempt {@code failedAttempt}.
   *
   * @param failedAttempt the attempt that failed, from 1
   * @param random a number in [0, 1) choosing how much jitter is taken off
   */
  public Duration delayAfter(int failedAttempt, double random) {
    if (failedAttempt < 1) {
      throw new IllegalArgumentException("failedAttempt must be 1 or more, was " + failedAttempt);
    }
    if (!(random >= 0.0 && random < 1.0)) {
      throw new IllegalArgumentException("random must be in [0, 1), was " + random);
    }
    double base = firstDelay.toNanos() * Math.pow(multiplier, failedAttempt - 1);
    double capped = Math.min(base, (double) maxDelay.toNanos());
    return Duration.ofNanos((long) (capped * (1.0 - jitter * random)));
  }
}
