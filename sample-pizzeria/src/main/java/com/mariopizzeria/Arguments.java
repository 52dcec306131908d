package com.mariopizzeria;

/**
 * Reads the command line of {@link Main}: {@code --in-memory}, {@code --jdbc-url=... --user=...
 * --password=...}, {@code --email-down=N}, {@code --threads=N}, {@code --orders=N}, {@code
 * --kafka=BOOTSTRAP}.
 *
 * @param settings the pizzeria's settings
 * @param extraOrders orders to run after the day, for throughput; 0 for none
 */
public record Arguments(PizzeriaSettings settings, int extraOrders) {

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
    int orders = 0;
    for (String arg : args) {
      String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
      String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : null;
      switch (name) {
        case "--in-memory" -> inMemory = true;
        case "--jdbc-url" -> url = required(name, value);
        case "--user" -> user = required(name, value);
        case "--password" -> password = value == null ? "" : value;
        case "--email-down" -> settings = settings.withEmailDownAttempts(number(name, value, 0));
        case "--threads" -> settings = settings.withDeliveryThreads(number(name, value, 1));
        case "--orders" -> orders = number(name, value, 0);
        case "--kafka" -> settings = settings.withKafka(required(name, value));
        default ->
            throw new IllegalArgumentException(
                "Unknown argument '"
                    + arg
                    + "'; known: --in-memory, --jdbc-url=URL, --user=NAME, --password=SECRET,"
                    + " --email-down=N, --threads=N, --orders=N, --kafka=BOOTSTRAP, --runtime-log");
      }
    }
    if (inMemory && url != null) {
      throw new IllegalArgumentException("--in-memory and --jdbc-url exclude each other");
    }
    settings = inMemory ? settings.inMemory() : settings.withJdbc(url, user, password);
    return new Arguments(settings, orders);
  }

  private static String required(String name, String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " needs a value: " + name + "=...");
    }
    return value;
  }

  private static int number(String name, String value, int min) {
    try {
      int number = Integer.parseInt(required(name, value));
      if (number < min) {
        throw new IllegalArgumentException(name + " must be " + min + " or more, was " + number);
      }
      return number;
    } catch (NumberFormatException notANumber) {
      throw new IllegalArgumentException(
          name + " takes a whole number, was '" + value + "'", notANumber);
    }
  }
}
