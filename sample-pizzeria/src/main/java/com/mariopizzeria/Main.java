package com.mariopizzeria;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Optional;

/**
 * Plays a day at Mario's Pizzeria: {@code mvn -q -pl sample-pizzeria -am compile exec:java}, with
 * arguments through {@code -Dexec.args="--in-memory --orders=1000"} (see {@link Arguments#USAGE}).
 * Exits with 0 after the day or {@code --help}, {@value #BAD_ARGUMENT} for a bad argument, {@value
 * #KAFKA_UNREACHABLE} when {@code --kafka} names an address where no broker answers and {@value
 * WebDay#PORT_TAKEN} when {@code --web}'s port is taken. With {@code --web} it serves the kitchen
 * page until Ctrl-C (see {@link WebDay}).
 */
public final class Main {

  static final int BAD_ARGUMENT = 2;
  static final int KAFKA_UNREACHABLE = 3;

  /** Long enough for a broker on a busy machine, short enough that a wrong address is obvious. */
  static final Duration KAFKA_CHECK = Duration.ofSeconds(5);

  /**
   * The slf4j-simple setting of the runtime's logger: off in simplelogger.properties, because the
   * day prints every failed attempt and dead letter through its own handlers; {@code --runtime-log}
   * turns it back on (a system property wins over the file).
   */
  private static final String RUNTIME_LOG_LEVEL =
      "org.slf4j.simpleLogger.log.dev.herald.runtime.EventBus";

  private Main() {}

  public static void main(String[] args) throws Exception {
    WebDay.UntilCtrlC ctrlC = new WebDay.UntilCtrlC();
    int status;
    try {
      status = run(System.out, System.err, ctrlC, args);
    } finally {
      ctrlC.closed();
    }
    if (status != 0) {
      // Only on failure: under exec:java this JVM is Maven's, which ends the build its own way.
      System.exit(status);
    }
  }

  /** Runs the command line and returns the process's exit status; {@code --web} serves forever. */
  static int run(PrintStream out, PrintStream err, String... args) throws Exception {
    return run(out, err, new WebDay.UntilCtrlC(), args);
  }

  /**
   * Runs the command line and returns the process's exit status.
   *
   * @param whileServing with {@code --web}, what runs after the day while the page is served; the
   *     page stops when it returns
   */
  static int run(PrintStream out, PrintStream err, Runnable whileServing, String... args)
      throws Exception {
    Arguments arguments;
    try {
      arguments = Arguments.parse(args);
    } catch (IllegalArgumentException badArgument) {
      err.println(badArgument.getMessage());
      err.println();
      err.print(Arguments.USAGE);
      return BAD_ARGUMENT;
    }
    if (arguments.help()) {
      out.print(Arguments.USAGE);
      return 0;
    }
    if (arguments.runtimeLog()) {
      System.setProperty(RUNTIME_LOG_LEVEL, "warn");
    }
    String kafka = arguments.settings().kafkaBootstrap();
    if (kafka != null) {
      Optional<String> problem = KafkaCheck.problem(kafka, KAFKA_CHECK);
      if (problem.isPresent()) {
        err.println(
            "Kafka at "
                + kafka
                + ": "
                + problem.get()
                + ". The day did not start. Is a broker running there?"
                + " sample-pizzeria/README.md starts one with a single command.");
        return KAFKA_UNREACHABLE;
      }
    }
    if (arguments.webPort() != Arguments.NO_PAGE) {
      return WebDay.run(arguments, out, err, whileServing);
    }
    try (PizzeriaComponent pizzeria =
        DaggerPizzeriaComponent.factory().create(arguments.settings().withOut(out))) {
      new PizzeriaDay(pizzeria).run();
      if (arguments.extraOrders() > 0) {
        new Throughput(pizzeria).run(arguments.extraOrders());
      }
    }
    return 0;
  }
}
