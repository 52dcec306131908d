package dev.herald.benchmarks.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * When, where and how the results were produced, printed above the tables and under the chart so a
 * reader can judge and repeat them.
 *
 * @param date when the report was written, UTC
 * @param machine CPU model, core count and memory of the machine running the report
 * @param jvm the JVM JMH reported for the runs
 * @param commands the commands that produced the JSON files
 * @param notes anything else a reader must know to judge the figures, e.g. the load during the run
 */
record RunInfo(String date, String machine, String jvm, List<String> commands, List<String> notes) {

  /** Describes this machine; the JVM comes from the JMH results. */
  static RunInfo describe(String jvm, List<String> commands, List<String> notes) {
    String date =
        ZonedDateTime.now(ZoneOffset.UTC)
            .format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'"));
    String cpu = cpuModel();
    long memoryGib = Math.round(totalMemoryKib() / 1024.0 / 1024.0);
    String machine =
        cpu
            + ", "
            + Runtime.getRuntime().availableProcessors()
            + " cores"
            + (memoryGib > 0 ? ", " + memoryGib + " GiB" : "")
            + ", "
            + System.getProperty("os.name")
            + " "
            + System.getProperty("os.arch");
    return new RunInfo(date, machine, jvm, List.copyOf(commands), List.copyOf(notes));
  }

  private static String cpuModel() {
    return firstValue(Path.of("/proc/cpuinfo"), "model name").orElse("unknown CPU");
  }

  private static long totalMemoryKib() {
    return firstValue(Path.of("/proc/meminfo"), "MemTotal")
        .map(v -> Long.parseLong(v.replaceAll("[^0-9]", "")))
        .orElse(0L);
  }

  private static java.util.Optional<String> firstValue(Path file, String key) {
    try {
      for (String line : Files.readAllLines(file)) {
        if (line.startsWith(key)) {
          return java.util.Optional.of(line.substring(line.indexOf(':') + 1).trim());
        }
      }
    } catch (IOException | RuntimeException notLinux) {
      // Not every OS has /proc; the report then says "unknown".
    }
    return java.util.Optional.empty();
  }
}
