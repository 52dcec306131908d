package com.mariopizzeria;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.kafka.testbroker.KafkaTestBroker;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The sample as a program: what it prints and the status it exits with for help, a bad argument and
 * a Kafka address where no broker answers.
 */
class MainTest {

  /** What one run printed on each stream, and its exit status. */
  private record Run(int status, String out, String err) {}

  @Test
  void helpPrintsTheUsageAndSucceeds() throws Exception {
    Run run = run("--help");
    assertEquals(0, run.status());
    assertEquals(Arguments.USAGE, run.out());
    assertEquals("", run.err());
  }

  @Test
  void aBadArgumentPrintsWhatIsWrongAndTheUsageAndFails() throws Exception {
    for (String[] args :
        new String[][] {
          {"--bogus"},
          {"--orders=abc"},
          {"--orders=-5"},
          {"--in-memory", "--jdbc-url=jdbc:h2:mem:x"}
        }) {
      Run run = run(args);
      assertEquals(Main.BAD_ARGUMENT, run.status(), String.join(" ", args));
      assertEquals("", run.out(), "nothing of a day");
      assertEquals(
          messageOf(args) + System.lineSeparator() + System.lineSeparator() + Arguments.USAGE,
          run.err());
    }
  }

  @Test
  void anUnreachableKafkaFailsFastBeforeTheDay() {
    // A safety bound, not a measurement: the check gives up after Main.KAFKA_CHECK (5 s).
    Run run = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> run("--kafka=127.0.0.1:1"));
    assertEquals(Main.KAFKA_UNREACHABLE, run.status());
    assertEquals("", run.out(), "the day did not start");
    assertTrue(
        run.err().startsWith("Kafka at 127.0.0.1:1: no broker answered within 5 s"), run.err());
    assertTrue(run.err().contains("The day did not start. Is a broker running there?"), run.err());
  }

  @Test
  void anAddressThatIsNoAddressIsReportedAsSuch() throws Exception {
    Run run = run("--kafka=no port here");
    assertEquals(Main.KAFKA_UNREACHABLE, run.status());
    assertTrue(run.err().startsWith("Kafka at no port here: "), run.err());
    assertTrue(run.err().contains("bootstrap.servers"), run.err());
  }

  @Test
  void aRunningBrokerPassesTheCheck() {
    String bootstrap = KafkaTestBroker.shared().bootstrapServers();
    assertEquals(Optional.empty(), KafkaCheck.problem(bootstrap, Main.KAFKA_CHECK));
  }

  private static String messageOf(String... args) {
    try {
      Arguments.parse(args);
      throw new AssertionError("parsed: " + String.join(" ", args));
    } catch (IllegalArgumentException expected) {
      return expected.getMessage();
    }
  }

  private static Run run(String... args) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        Main.run(
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            args);
    return new Run(
        status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }
}
