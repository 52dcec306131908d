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
 * otherwise identical flags, and prints the medians and their ratio as a Markdown table, with the
 * processor time of the same runs (from {@code /usr/bin/time}, when there), which other work on a
 * shared machine disturbs far less than wall time.
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
    List<Long> withoutCpu = new ArrayList<>();
    List<Long> withCpu = new ArrayList<>();
    for (int run = 0; run < runs; run++) {
      Run plain = compile(common, List.of("-proc:none"), work, argFile);
      Run processed =
          compile(
              common,
              List.of("-processorpath", String.join(File.pathSeparator, processorPath)),
              work,
              argFile);
      without.add(plain.wallMillis());
      with.add(processed.wallMillis());
      withoutCpu.add(plain.cpuMillis());
      withCpu.add(processed.cpuMillis());
      System.out.printf(
          Locale.ROOT,
          "run %d: without %d ms (cpu %d ms), with %d ms (cpu %d ms)%n",
          run + 1,
          plain.wallMillis(),
          plain.cpuMillis(),
          processed.wallMillis(),
          processed.cpuMillis());
    }
    GeneratedLines lines = GeneratedLines.count(work.resolve("out-generated"));
    String table =
        table(events, runs, without, with, lines.files(), javac)
            + cpuSentence(withoutCpu, withCpu)
            + lines.sentence(events);
    System.out.print(table);
    if (report != null) {
      Files.writeString(report, table);
      Files.writeString(
          json(report),
          String.format(
              Locale.ROOT,
              "{\"events\": %d, \"routes\": %d, \"runs\": %d, \"medianWithoutMs\": %.1f,"
                  + " \"medianWithMs\": %.1f, \"tableLines\": %d, \"codecLines\": %d,"
                  + " \"moduleLines\": %d, \"generatedLines\": %d, \"medianWithoutCpuMs\": %.1f,"
                  + " \"medianWithCpuMs\": %.1f}%n",
              events,
              events,
              runs,
              median(without),
              median(with),
              lines.table(),
              lines.codec(),
              lines.module(),
              lines.total(),
              median(withoutCpu),
              median(withCpu)));
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

  /**
   * One javac run: its wall time, and the processor time it used in all its threads (user plus
   * system, -1 when {@code /usr/bin/time} is not there to tell), which a machine busy with other
   * work disturbs much less than wall time.
   */
  record Run(long wallMillis, long cpuMillis) {}

  private static final Path TIME = Path.of("/usr/bin/time");

  private static Run compile(List<String> common, List<String> variant, Path work, Path argFile)
      throws IOException, InterruptedException {
    Path classes = work.resolve("out-classes");
    Path generated = work.resolve("out-generated");
    deleteTree(classes);
    deleteTree(generated);
    Files.createDirectories(classes);
    Files.createDirectories(generated);
    Path cpu = work.resolve("cpu.txt");
    Files.deleteIfExists(cpu);
    List<String> command = new ArrayList<>();
    if (Files.isExecutable(TIME)) {
      command.addAll(List.of(TIME.toString(), "-f", "%U %S", "-o", cpu.toString()));
    }
    command.addAll(common);
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
    return new Run(millis, cpuMillis(cpu));
  }

  /** The user and system seconds {@code /usr/bin/time} wrote, in milliseconds; -1 without it. */
  private static long cpuMillis(Path cpu) throws IOException {
    if (!Files.exists(cpu)) {
      return -1;
    }
    List<String> lines = Files.readAllLines(cpu);
    String[] seconds = lines.get(lines.size() - 1).strip().split(" ");
    return Math.round((Double.parseDouble(seconds[0]) + Double.parseDouble(seconds[1])) * 1000);
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

  /** The processor time of the same runs, when it was measured. */
  private static String cpuSentence(List<Long> without, List<Long> with) {
    if (without.contains(-1L) || with.contains(-1L)) {
      return "";
    }
    return String.format(
        Locale.ROOT,
        "%nProcessor time of javac (user + system, all threads), median: without %,.0f ms, with"
            + " %,.0f ms, ratio %.2f× (%+.0f%%). Runs without: %s ms. Runs with: %s ms.%n",
        median(without),
        median(with),
        median(with) / median(without),
        (median(with) / median(without) - 1) * 100,
        join(without),
        join(with));
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
