package com.mariopizzeria;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.kafka.testbroker.KafkaTestBroker;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

  @Test
  void webPrintsThePagesAddressAndServesTheDaysBoardAndMetricsUntilStopped() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<String> served = new ArrayList<>();
    int status =
        Main.run(
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            () -> {
              String printed = out.toString(StandardCharsets.UTF_8);
              Matcher address =
                  Pattern.compile("kitchen page: (http://127\\.0\\.0\\.1:\\d+/) \\(Prometheus")
                      .matcher(printed);
              assertTrue(address.find(), printed);
              served.add(get(address.group(1) + "state"));
              served.add(get(address.group(1) + "metrics"));
            },
            "--web=0");
    assertEquals(0, status);
    String printed = out.toString(StandardCharsets.UTF_8);
    assertTrue(printed.contains("=== End of the day ==="), "the day ran as without --web");
    assertTrue(printed.contains("kitchen page: still serving at http://127.0.0.1:"), printed);
    assertTrue(
        served.get(0).contains("\"order\":\"order-1\",\"customer\":\"Luigi\""), served.get(0));
    assertTrue(
        served.get(1).contains("herald_deliveries_succeeded_total{"),
        "Prometheus text with meters");
    // The default storage is the H2 outbox: its backlog is metered too.
    assertTrue(
        served.get(1).contains("herald_outbox_pending{outbox=\"pizzeria\"}")
            && served.get(1).contains("herald_outbox_lag_seconds{outbox=\"pizzeria\"}"),
        served.get(1));
  }

  @Test
  void aTakenPortIsReportedAndTheDayDoesNotStart() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      Run run = run("--web=" + taken.getLocalPort(), "--in-memory");
      assertEquals(WebDay.PORT_TAKEN, run.status());
      assertTrue(
          run.err()
              .startsWith("The kitchen page cannot listen on 127.0.0.1:" + taken.getLocalPort()),
          run.err());
      assertTrue(run.err().contains("--web=0 for a free one"), run.err());
      assertTrue(!run.out().contains("A day at Mario's"), "the day did not start");
    }
  }

  private static String get(String uri) {
    try {
      return HttpClient.newHttpClient()
          .send(
              HttpRequest.newBuilder(URI.create(uri)).build(), HttpResponse.BodyHandlers.ofString())
          .body();
    } catch (IOException | InterruptedException e) {
      throw new AssertionError("GET " + uri, e);
    }
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
