package dev.herald.benchmarks.processorcost;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Measures how much the Herald processor adds to {@code javac}: compiles a generated corpus of
 * 1,000 event records and 1,000 handler methods with {@code -proc:none} and with only Herald's
 * processor on the processor path, alternating, each run a fresh {@code javac} process with
 * otherwise identical flags, and prints the medians and their ratio as a Markdown table.
 *
 * <p>Run with the benchmark jar and its {@code lib/} on the class path (that is where the compile
 * class path and Herald's processor come from): {@code java -cp
 * 'benchmarks/target/herald-benchmarks.jar:benchmarks/target/lib/*'
 * dev.herald.benchmarks.processorcost.ProcessorCost [runs] [output.md] [events]}.
 */
public final class ProcessorCost {

  private static final int DEFAULT_EVENTS = 1_000;
  private static final int METHODS_PER_HANDLER = 10;

  /** Jars the processor itself needs; everything else on the class path is compile class path. */
  private static final List<String> PROCESSOR_JARS =
      List.of("herald-processor", "javapoet", "herald-annotations");

  private ProcessorCost() {}

  public static void main(String[] args) throws Exception {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    if (runs < 1) {
      throw new IllegalArgumentException("runs must be 1 or more, was " + runs);
    }
    Path report = args.length > 1 ? Path.of(args[1]) : null;
    int events = args.length > 2 ? Integer.parseInt(args[2]) : DEFAULT_EVENTS;
    List<String> classPath =
        Arrays.asList(System.getProperty("java.class.path").split(File.pathSeparator));
    List<String> processorPath =
        classPath.stream()
            .filter(
                entry ->
                    PROCESSOR_JARS.stream()
                        .anyMatch(name -> Path.of(entry).getFileName().toString().startsWith(name)))
            .toList();
    if (processorPath.stream().noneMatch(entry -> entry.contains("herald-processor"))) {
      throw new IllegalStateException(
          "herald-processor is not on the class path; run with 'benchmarks/target/lib/*'");
    }
    Path work = Files.createTempDirectory("herald-processor-cost");
    List<Path> sources = new CorpusWriter(work.resolve("src"), events, METHODS_PER_HANDLER).write();
    Path argFile = work.resolve("sources.txt");
    Files.write(argFile, sources.stream().map(Path::toString).toList());
    String javac = Path.of(System.getProperty("java.home"), "bin", "javac").toString();
    List<String> common =
        List.of(
            javac,
            "--release",
            "17",
            "-encoding",
            "UTF-8",
            "-nowarn",
            "-classpath",
            String.join(File.pathSeparator, classPath));

    // One unmeasured pair warms the file cache; then the two variants alternate so drift hits both.
    compile(common, List.of("-proc:none"), work, argFile);
    try {
      compile(
          common,
          List.of("-processorpath", String.join(File.pathSeparator, processorPath)),
          work,
          argFile);
    } catch (IllegalStateException failed) {
      // A processor that breaks the build is the finding: report it instead of a ratio.
      String table = failure(events, failed.getMessage(), work.resolve("out-generated"));
      System.out.print(table);
      if (report != null) {
        Files.writeString(report, table);
        Files.writeString(
            json(report),
            "{\"events\": " + events + ", \"failure\": \"" + jsonText(table) + "\"}\n");
      }
      deleteTree(work);
      return;
    }
    List<Long> without = new ArrayList<>();
    List<Long> with = new ArrayList<>();
    for (int run = 0; run < runs; run++) {
      without.add(compile(common, List.of("-proc:none"), work, argFile));
      with.add(
          compile(
              common,
              List.of("-processorpath", String.join(File.pathSeparator, processorPath)),
              work,
              argFile));
      System.out.printf(
          Locale.ROOT,
          "run %d: without %d ms, with %d ms%n",
          run + 1,
          without.get(run),
          with.get(run));
    }
    GeneratedLines lines = GeneratedLines.count(work.resolve("out-generated"));
    String table =
        table(events, runs, without, with, lines.files(), javac) + lines.sentence(events);
    System.out.print(table);
    if (report != null) {
      Files.writeString(report, table);
      Files.writeString(
          json(report),
          String.format(
              Locale.ROOT,
              "{\"events\": %d, \"routes\": %d, \"runs\": %d, \"medianWithoutMs\": %.1f,"
                  + " \"medianWithMs\": %.1f, \"tableLines\": %d, \"codecLines\": %d,"
                  + " \"moduleLines\": %d, \"generatedLines\": %d}%n",
              events,
              events,
              runs,
              median(without),
              median(with),
              lines.table(),
              lines.codec(),
              lines.module(),
              lines.total()));
    }
    deleteTree(work);
  }

  /** The JSON twin of a Markdown report path: {@code x.md} gives {@code x.json}. */
  private static Path json(Path report) {
    return report.resolveSibling(
        report.getFileName().toString().replaceFirst("\\.md$", "") + ".json");
  }

  private static String jsonText(String text) {
    return text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", " ");
  }

  private static long compile(List<String> common, List<String> variant, Path work, Path argFile)
      throws IOException, InterruptedException {
    Path classes = work.resolve("out-classes");
    Path generated = work.resolve("out-generated");
    deleteTree(classes);
    deleteTree(generated);
    Files.createDirectories(classes);
    Files.createDirectories(generated);
    List<String> command = new ArrayList<>(common);
    command.addAll(List.of("-d", classes.toString(), "-s", generated.toString()));
    command.addAll(variant);
    command.add("@" + argFile);
    long start = System.nanoTime();
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes());
    int exit = process.waitFor();
    long millis = (System.nanoTime() - start) / 1_000_000;
    if (exit != 0) {
      throw new IllegalStateException(
          "javac failed (" + exit + ") with " + variant + ":\n" + output);
    }
    return millis;
  }

  private static String failure(int events, String message, Path generated) throws IOException {
    StringBuilder sizes = new StringBuilder();
    try (Stream<Path> files = Files.walk(generated)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
        sizes.append(
            String.format(
                Locale.ROOT,
                "%s (%,d lines) ",
                file.getFileName(),
                Files.readAllLines(file).size()));
      }
    }
    String firstLines =
        message
            .lines()
            .filter(line -> !line.isBlank())
            .limit(4)
            .map(String::strip)
            .collect(Collectors.joining(" / "));
    return String.format(
        Locale.ROOT,
        "javac **failed** with Herald's processor on %,d event records and %,d handler methods:"
            + " %s%n%nGenerated before the failure: %s%n",
        events,
        events,
        firstLines,
        sizes.toString().strip());
  }

  private static String table(
      int events, int runs, List<Long> without, List<Long> with, long generated, String javac) {
    double medianWithout = median(without);
    double medianWith = median(with);
    long fastestWithout = without.stream().mapToLong(Long::longValue).min().orElseThrow();
    long fastestWith = with.stream().mapToLong(Long::longValue).min().orElseThrow();
    // The fastest run is the least disturbed by other work on the machine; both are shown.
    return String.format(
        Locale.ROOT,
        "| corpus | javac runs each | without processor, ms (median / fastest) | with Herald's"
            + " processor, ms (median / fastest) | ratio of medians | ratio of fastest |%n"
            + "|---|---:|---:|---:|---:|---:|%n| %,d event records, %,d handler methods in %d"
            + " classes | %d | %,.0f / %,d | %,.0f / %,d | %.2f× (%+.0f%%) | %.2f× (%+.0f%%)"
            + " |%n%nRuns without: %s ms. Runs with: %s ms. Sources the processor generated: %d."
            + " javac: %s %s.%n",
        events,
        events,
        events / METHODS_PER_HANDLER,
        runs,
        medianWithout,
        fastestWithout,
        medianWith,
        fastestWith,
        medianWith / medianWithout,
        (medianWith / medianWithout - 1) * 100,
        (double) fastestWith / fastestWithout,
        ((double) fastestWith / fastestWithout - 1) * 100,
        join(without),
        join(with),
        generated,
        javac,
        System.getProperty("java.version"));
  }

  private static double median(List<Long> values) {
    List<Long> sorted = values.stream().sorted().toList();
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
  }

  private static String join(List<Long> values) {
    return values.stream().map(String::valueOf).collect(Collectors.joining(", "));
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
