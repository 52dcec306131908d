package dev.herald.benchmarks.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads JMH JSON result files and writes {@code RESULTS.md} and {@code chart.svg} into a directory;
 * a {@code processor-cost.json} and an {@code outbox-pg.md} (or {@code outbox.md}) already in that
 * directory feed issue 12's goals, and a {@code processor-cost.md} becomes the last section of the
 * report.
 *
 * <pre>
 * java -cp benchmarks/target/herald-benchmarks.jar dev.herald.benchmarks.report.ResultsReport \
 *     --out benchmarks/results --command "java -jar ... -rf json -rff dispatch.json" \
 *     benchmarks/results/dispatch.json benchmarks/results/startup.json
 * </pre>
 */
public final class ResultsReport {

  private ResultsReport() {}

  public static void main(String[] args) throws IOException {
    Path out = null;
    List<String> commands = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    List<Path> inputs = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--out" -> out = Path.of(requireValue(args, ++i, "--out"));
        case "--command" -> commands.add(requireValue(args, ++i, "--command"));
        case "--note" -> notes.add(requireValue(args, ++i, "--note"));
        default -> inputs.add(Path.of(args[i]));
      }
    }
    if (out == null || inputs.isEmpty()) {
      throw new IllegalArgumentException(
          "usage: ResultsReport --out <directory> [--command <how the JSON was made>]... [--note"
              + " <text>]... <jmh-result.json>...");
    }
    List<Measurement> measurements = new ArrayList<>();
    Set<String> jvms = new LinkedHashSet<>();
    for (Path input : inputs) {
      read(input, measurements, jvms);
    }
    RunInfo info = RunInfo.describe(String.join("; ", jvms), commands, notes);
    Files.createDirectories(out);
    String markdown = ResultsMarkdown.render(measurements, info, SideFigures.read(out));
    Path processorCost = out.resolve("processor-cost.md");
    if (Files.exists(processorCost)) {
      // Written by ProcessorCost in the same run; not JMH, so it is carried over as it is.
      markdown +=
          "## Processor cost: javac with and without Herald's processor\n\n"
              + Files.readString(processorCost, StandardCharsets.UTF_8)
              + "\n";
    }
    Files.writeString(out.resolve("RESULTS.md"), markdown, StandardCharsets.UTF_8);
    Files.writeString(
        out.resolve("chart.svg"), SvgChart.render(measurements, info), StandardCharsets.UTF_8);
    System.out.println(
        "Wrote "
            + out.resolve("RESULTS.md")
            + " and "
            + out.resolve("chart.svg")
            + " from "
            + measurements.size()
            + " results");
  }

  @SuppressWarnings("unchecked")
  private static void read(Path input, List<Measurement> measurements, Set<String> jvms)
      throws IOException {
    Object parsed = Json.parse(Files.readString(input, StandardCharsets.UTF_8));
    if (!(parsed instanceof List<?> results)) {
      throw new IllegalArgumentException(
          input + " is not a JMH JSON result file (expected an array)");
    }
    for (Object result : results) {
      Map<String, Object> map = (Map<String, Object>) result;
      measurements.add(Measurement.of(map));
      jvms.add(
          map.get("vmName") + " " + map.get("jdkVersion") + " (JMH " + map.get("jmhVersion") + ")");
    }
  }

  private static String requireValue(String[] args, int index, String option) {
    if (index >= args.length) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args[index];
  }
}
