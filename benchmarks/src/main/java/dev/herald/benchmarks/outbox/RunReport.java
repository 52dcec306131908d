package dev.herald.benchmarks.outbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The markdown a harness run writes: a header with the date, machine, JVM, load and command, then
 * the harness's own tables; printed and written to a file under {@code benchmarks/results/}.
 */
public final class RunReport {

  private final StringBuilder text = new StringBuilder();
  private final String loadBefore = loadAverage();

  /** Starts a report titled {@code title} for the given harness class and arguments. */
  public RunReport(String title, String mainClass, String[] args) {
    text.append("# ").append(title).append("\n\n");
    text.append("- date: ")
        .append(
            ZonedDateTime.now(ZoneOffset.UTC)
                .format(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
                .substring(0, 16))
        .append(" UTC\n");
    text.append("- machine: ")
        .append(cpuModel())
        .append(", ")
        .append(Runtime.getRuntime().availableProcessors())
        .append(" cores, ")
        .append(System.getProperty("os.name"))
        .append(' ')
        .append(System.getProperty("os.version"))
        .append(' ')
        .append(System.getProperty("os.arch"))
        .append('\n');
    text.append("- JVM: ")
        .append(System.getProperty("java.vm.name"))
        .append(' ')
        .append(System.getProperty("java.runtime.version"))
        .append(", heap max ")
        .append(Runtime.getRuntime().maxMemory() >> 20)
        .append(" MB, flags ")
        .append(ManagementFactory.getRuntimeMXBean().getInputArguments())
        .append('\n');
    text.append(
            "- command: `java -cp 'benchmarks/target/herald-benchmarks.jar:benchmarks/target/lib/*'"
                + " ")
        .append(mainClass)
        .append(args.length == 0 ? "" : " " + String.join(" ", args))
        .append("`\n");
  }

  /** Adds a line of text (a paragraph when it ends with a blank line). */
  public RunReport line(String line) {
    text.append(line).append('\n');
    return this;
  }

  /** Adds a markdown table. */
  public RunReport table(List<String> header, List<List<String>> rows) {
    text.append('\n').append("| ").append(String.join(" | ", header)).append(" |\n");
    text.append("|").append("---|".repeat(header.size())).append('\n');
    for (List<String> row : rows) {
      text.append("| ").append(String.join(" | ", row)).append(" |\n");
    }
    text.append('\n');
    return this;
  }

  /** Adds the load averages before and after, prints the report and writes it to {@code file}. */
  public void finish(Path file) {
    text.append("- load average (1, 5, 15 min) before: ")
        .append(loadBefore)
        .append(", after: ")
        .append(loadAverage())
        .append(" — other work shared the machine, so figures are noisy\n");
    System.out.println();
    System.out.println(text);
    try {
      if (file.getParent() != null) {
        Files.createDirectories(file.getParent());
      }
      Files.writeString(file, text);
      System.out.println("written to " + file.toAbsolutePath());
    } catch (IOException e) {
      throw new UncheckedIOException("could not write " + file, e);
    }
  }

  /** Formats a rate without decimals and with thousands separators. */
  public static String rate(double perSecond) {
    return String.format(Locale.ROOT, "%,.0f", perSecond);
  }

  /** Formats a ratio with two decimals. */
  public static String ratio(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }

  /** Formats nanoseconds as milliseconds with two decimals. */
  public static String millis(long nanos) {
    return String.format(Locale.ROOT, "%.2f ms", nanos / 1e6);
  }

  private static String cpuModel() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
        if (line.startsWith("model name")) {
          return line.substring(line.indexOf(':') + 1).trim();
        }
      }
    } catch (IOException | RuntimeException e) {
      // Not Linux: the core count and OS below still say something.
    }
    return "unknown CPU";
  }

  private static String loadAverage() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
      return parts[0] + ", " + parts[1] + ", " + parts[2];
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }
}
