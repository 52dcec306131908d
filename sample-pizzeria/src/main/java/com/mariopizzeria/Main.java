package com.mariopizzeria;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Plays a day at Mario's Pizzeria: {@code mvn -q -pl sample-pizzeria -am compile exec:java}, with
 * arguments through {@code -Dexec.args="--in-memory --orders=1000"} (see {@link Arguments}).
 */
public final class Main {

  /**
   * The runtime logs each failed attempt and dead letter through the JDK's System.Logger, which
   * under {@code exec:java} (Maven's JVM) is java.util.logging; the day prints the same through its
   * handlers, so the log would only repeat it. Held here because java.util.logging keeps loggers
   * weakly. {@code --runtime-log} keeps it on.
   */
  private static final Logger RUNTIME_LOG = Logger.getLogger("dev.herald.runtime");

  private Main() {}

  public static void main(String[] args) throws Exception {
    List<String> arguments = new ArrayList<>(List.of(args));
    if (!arguments.remove("--runtime-log")) {
      RUNTIME_LOG.setLevel(Level.OFF);
    }
    run(arguments.toArray(String[]::new));
  }

  private static void run(String... args) throws Exception {
    Arguments arguments;
    try {
      arguments = Arguments.parse(args);
    } catch (IllegalArgumentException badArgument) {
      System.err.println(badArgument.getMessage());
      return;
    }
    try (PizzeriaComponent pizzeria =
        DaggerPizzeriaComponent.factory().create(arguments.settings())) {
      new PizzeriaDay(pizzeria).run();
      if (arguments.extraOrders() > 0) {
        new Throughput(pizzeria).run(arguments.extraOrders());
      }
    }
  }
}
