package dev.herald.test;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.function.Executable;

/** Asserts that a fixture fails, and how its message reads. */
final class Failures {

  private Failures() {}

  /**
   * Runs the fixture call, expects an AssertionError whose message contains every fragment, returns
   * it.
   */
  static AssertionError failsWith(Executable fixtureCall, String... fragments) {
    AssertionError failure = assertThrows(AssertionError.class, fixtureCall);
    String message = failure.getMessage();
    for (String fragment : fragments) {
      assertTrue(
          message != null && message.contains(fragment),
          () -> "The failure message lacks \"" + fragment + "\"; it was:\n" + message);
    }
    return failure;
  }
}
