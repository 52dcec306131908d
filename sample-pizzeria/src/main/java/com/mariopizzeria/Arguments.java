package com.mariopizzeria;

/**
 * Reads the command line of {@link Main}: {@code --in-memory}, {@code --jdbc-url=... --user=...
 * --password=...}, {@code --email-down=N}, {@code --threads=N}, {@code --orders=N}, {@code
 * --kafka=BOOTSTRAP}, {@code --web[=PORT]}, {@code --runtime-log}, {@code --help}; {@link #USAGE}
 * explains them.
 *
 * @param settings the pizzeria's settings
 * @param extraOrders orders to run after the day, for throughput; 0 for none
 * @param webPort the loopback port of the kitchen page, 0 for a free one, {@link #NO_PAGE} for none
 * @param runtimeLog whether herald-runtime's own log of failed attempts and dead letters stays on
 * @param help whether the user asked for {@link #USAGE} rather than a day
 */
public record Arguments(
    PizzeriaSettings settings, int extraOrders, int webPort, boolean runtimeLog, boolean help) {

  /** {@link #webPort} without {@code --web}: no page. */
  public static final int NO_PAGE = -1;

  /** The kitchen page's port when {@code --web} names none. */
  public static final int WEB_PORT = 8080;

  /** What {@code --help} prints, and what follows the message about a bad argument. */
  public static final String USAGE =
      """
      Usage: mvn -q -pl sample-pizzeria -am compile exec:java -Dexec.args="[OPTION]..."
      Plays a day at Mario's Pizzeria: by default on H2 in memory, through herald-jdbc's outbox.
        --in-memory          no database: in-memory repository and delivery store
        --jdbc-url=URL       this database instead (PostgreSQL, or an H2 file)
        --user=NAME          its user (default sa)
        --password=SECRET    its password (default empty)
        --email-down=N       the mail server refuses its first N attempts (default 3)
        --threads=N          threads delivering after-commit handlers (default 1)
        --orders=N           after the day, N more orders to measure throughput (default 0)
        --kafka=HOST:PORT    also publish the integration events to this Kafka cluster
        --web[=PORT]         serve the live kitchen page and /metrics on 127.0.0.1:PORT
                             (default 8080, 0 for a free port) and run until Ctrl-C
        --runtime-log        keep herald-runtime's log of failed attempts and dead letters
        --help               print this and exit
      """;

  /**
   * Parses the arguments.
   *
   * @throws IllegalArgumentException naming the argument that is unknown or malformed
   */
  public static Arguments parse(String... args) {
    PizzeriaSettings settings = PizzeriaSettings.defaults();
    String url = null;
    String user = settings.jdbcUser();
    String password = settings.jdbcPassword();
    boolean inMemory = false;
    boolean runtimeLog = false;
    boolean help = false;
    int orders = 0;
    int webPort = NO_PAGE;
    for (String arg : args) {
      String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
      String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : null;
      switch (name) {
        case "--in-memory" -> inMemory = flag(name, value);
        case "--jdbc-url" -> url = required(name, value);
        case "--user" -> user = required(name, value);
        case "--password" -> password = value == null ? "" : value;
        case "--email-down" -> settings = settings.withEmailDownAttempts(number(name, value, 0));
        case "--threads" -> settings = settings.withDeliveryThreads(number(name, value, 1));
        case "--orders" -> orders = number(name, value, 0);
        case "--kafka" -> settings = settings.withKafka(required(name, value));
        case "--web" -> webPort = value == null ? WEB_PORT : port(name, value);
        case "--runtime-log" -> runtimeLog = flag(name, value);
        case "--help", "-h" -> help = flag(name, value);
        default -> throw new IllegalArgumentException("Unknown argument '" + arg + "'");
      }
    }
    if (inMemory && url != null) {
      throw new IllegalArgumentException("--in-memory and --jdbc-url exclude each other");
    }
    settings = inMemory ? settings.inMemory() : settings.withJdbc(url, user, password);
    return new Arguments(settings, orders, webPort, runtimeLog, help);
  }

  private static boolean flag(String name, String value) {
    if (value != null) {
      throw new IllegalArgumentException(name + " takes no value, was '" + value + "'");
    }
    return true;
  }

  private static String required(String name, String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " needs a value: " + name + "=...");
    }
    return value;
  }

  private static int port(String name, String value) {
    int port = number(name, value, 0);
    if (port > 65_535) {
      throw new IllegalArgumentException(name + " takes a port up to 65535, was " + port);
    }
    return port;
  }

  private static int number(String name, String value, int min) {
    int number;
    try {
      number = Integer.parseInt(required(name, value));
    } catch (NumberFormatException notANumber) {
      throw new IllegalArgumentException(
          name + " takes a whole number, was '" + value + "'", notANumber);
    }
    if (number < min) {
      throw new IllegalArgumentException(name + " must be " + min + " or more, was " + number);
    }
    return number;
  }
}
