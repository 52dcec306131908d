package dev.herald.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

  @Test
  void delaysGrowExponentiallyUpToTheCap() {
    RetryPolicy policy =
        RetryPolicy.of(10, Duration.ofMillis(100), Duration.ofSeconds(1)).withJitter(0);
    assertEquals(Duration.ofMillis(100), policy.delayAfter(1, 0.5));
    assertEquals(Duration.ofMillis(200), policy.delayAfter(2, 0.5));
    assertEquals(Duration.ofMillis(400), policy.delayAfter(3, 0.5));
    assertEquals(Duration.ofMillis(800), policy.delayAfter(4, 0.5));
    assertEquals(Duration.ofSeconds(1), policy.delayAfter(5, 0.5));
    assertEquals(Duration.ofSeconds(1), policy.delayAfter(60, 0.5));
  }

  @Test
  void jitterTakesOffAtMostItsFraction() {
    RetryPolicy policy =
        RetryPolicy.of(5, Duration.ofMillis(1000), Duration.ofSeconds(10)).withJitter(0.25);
    assertEquals(Duration.ofMillis(1000), policy.delayAfter(1, 0.0));
    assertEquals(Duration.ofMillis(875), policy.delayAfter(1, 0.5));
    Duration smallest = policy.delayAfter(1, Math.nextDown(1.0));
    assertTrue(
        smallest.compareTo(Duration.ofMillis(750)) >= 0
            && smallest.compareTo(Duration.ofMillis(751)) < 0,
        smallest.toString());
  }

  @Test
  void invalidSettingsAreNamed() {
    assertMessage("maxAttempts", () -> RetryPolicy.of(0, Duration.ZERO, Duration.ZERO));
    assertMessage(
        "maxDelay", () -> RetryPolicy.of(3, Duration.ofSeconds(2), Duration.ofSeconds(1)));
    assertMessage(
        "firstDelay", () -> RetryPolicy.of(3, Duration.ofSeconds(-1), Duration.ofSeconds(1)));
    assertMessage("multiplier", () -> RetryPolicy.defaults().withMultiplier(0.5));
    assertMessage("jitter", () -> RetryPolicy.defaults().withJitter(1.5));
    assertMessage("failedAttempt", () -> RetryPolicy.defaults().delayAfter(0, 0));
    assertEquals(1, RetryPolicy.noRetries().maxAttempts());
  }

  private static void assertMessage(
      String word, org.junit.jupiter.api.function.Executable executable) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, executable);
    assertTrue(e.getMessage().contains(word), e.getMessage());
  }
}
