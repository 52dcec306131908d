package dev.herald.benchmarks.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Writes the results as Markdown: the run's facts, the targets checked against Herald's
 * figures, then one table per scenario with ns/op, B/op and the ratio to the direct call.
 */
final class ResultsMarkdown {

  static final double TARGET_RATIO_TO_DIRECT = 1.5;
  static final double TARGET_SPEEDUP_OVER_PEERS = 20;
  static final double TARGET_STARTUP_SPEEDUP = 10;
  static final double TARGET_EVENTS_PER_SECOND = 1_000_000;

  private final Map<String, List<Measurement>> byScenario;
  private final StringBuilder out = new StringBuilder();

  private ResultsMarkdown(List<Measurement> measurements) {
    Map<String, List<Measurement>> grouped =
        new TreeMap<>(
            Comparator.comparingInt(ResultsMarkdown::scenarioRank)
                .thenComparing(Comparator.naturalOrder()));
    for (Measurement m : measurements) {
      grouped.computeIfAbsent(m.scenario(), s -> new ArrayList<>()).add(m);
    }
    grouped
        .values()
        .forEach(
            list ->
                list.sort(
                    Comparator.comparingInt((Measurement m) -> Scenarios.rank(m.contender()))
                        .thenComparing(Measurement::contender)));
    this.byScenario = grouped;
  }

  static String render(List<Measurement> measurements, RunInfo info) {
    return new ResultsMarkdown(measurements).write(info);
  }

  private String write(RunInfo info) {
    line("# Herald benchmark results");
    line("");
    line("- Date: " + info.date());
    line("- Machine: " + info.machine());
    line("- JVM: " + info.jvm());
    for (String command : info.commands()) {
      line("- Command: `" + command + "`");
    }
    for (String note : info.notes()) {
      line("- Note: " + note);
    }
    line("- Chart: [chart.svg](chart.svg); raw JMH output: the `*.json` files beside this one.");
    line("");
    writeMatrix();
    writeTargets();
    for (Map.Entry<String, List<Measurement>> scenario : byScenario.entrySet()) {
      line("## " + Scenarios.title(scenario.getKey()));
      line("");
      switch (scenario.getKey()) {
        case "StartupBenchmark" -> writeStartup(scenario.getValue());
        case "AsyncDeliveryBenchmark" -> writeThroughput(scenario.getValue());
        default -> writeDispatch(scenario.getValue());
      }
      line("");
    }
    return out.toString();
  }

  /** One row per contender, one column per time-per-event scenario: the table the README shows. */
  private void writeMatrix() {
    List<String> scenarios = new ArrayList<>(Scenarios.DISPATCH);
    scenarios.add("UnitOfWorkBenchmark");
    scenarios.removeIf(s -> !byScenario.containsKey(s));
    if (scenarios.isEmpty()) {
      return;
    }
    line("## Summary: ns per event · B per event · × direct call");
    line("");
    StringBuilder header = new StringBuilder("| contender |");
    StringBuilder rule = new StringBuilder("|---|");
    for (String scenario : scenarios) {
      header
          .append(' ')
          .append(Scenarios.title(scenario).replaceFirst("^(\\d+)\\. .*", "scenario $1"))
          .append(" |");
      rule.append("---:|");
    }
    line(header.toString());
    line(rule.toString());
    List<String> contenders =
        byScenario.entrySet().stream()
            .filter(e -> scenarios.contains(e.getKey()))
            .flatMap(e -> e.getValue().stream().map(Measurement::contender))
            .distinct()
            .sorted(Comparator.comparingInt(Scenarios::rank))
            .toList();
    for (String contender : contenders) {
      StringBuilder row = new StringBuilder("| " + Scenarios.label(contender) + " |");
      for (String scenario : scenarios) {
        List<Measurement> results = byScenario.get(scenario);
        Optional<Measurement> m = find(results, contender);
        Optional<Measurement> direct = find(results, "direct");
        row.append(' ')
            .append(
                m.map(
                        r ->
                            Figures.nanos(r.nanosPerOp())
                                + " · "
                                + (r.bytesPerOp().isPresent()
                                    ? Figures.bytes(r.bytesPerOp().getAsDouble())
                                    : "?")
                                + " B · "
                                + Figures.ratio(
                                    direct
                                        .map(d -> r.nanosPerOp() / d.nanosPerOp())
                                        .orElse(Double.NaN)))
                    .orElse(""))
            .append(" |");
      }
      line(row.toString());
    }
    line("");
  }

  private void writeTargets() {
    line("## Herald against the targets of issue 6");
    line("");
    line(
        "| scenario | Herald path | ns/op | × direct (target ≤ "
            + TARGET_RATIO_TO_DIRECT
            + ") | B/op (target 0) "
            + "| fastest peer | Herald's speed-up over it (target ≥ "
            + (int) TARGET_SPEEDUP_OVER_PEERS
            + "×) | verdict |");
    line("|---|---|---:|---:|---:|---|---:|---|");
    for (String scenario : Scenarios.DISPATCH) {
      List<Measurement> results = byScenario.getOrDefault(scenario, List.of());
      Optional<Measurement> direct = find(results, "direct");
      Optional<Measurement> fastestPeer =
          results.stream()
              .filter(m -> Scenarios.PEERS.contains(m.contender()))
              .min(Comparator.comparingDouble(Measurement::nanosPerOp));
      for (Measurement herald : results) {
        if (!Scenarios.isHerald(herald.contender())) {
          continue;
        }
        double ratio = direct.map(d -> herald.nanosPerOp() / d.nanosPerOp()).orElse(Double.NaN);
        double bytes = herald.bytesPerOp().orElse(Double.NaN);
        double speedup =
            fastestPeer.map(p -> p.nanosPerOp() / herald.nanosPerOp()).orElse(Double.NaN);
        List<String> misses = new ArrayList<>();
        if (!(ratio <= TARGET_RATIO_TO_DIRECT)) {
          misses.add("ratio");
        }
        if (!(bytes < 0.5)) {
          misses.add("allocation");
        }
        if (!(speedup >= TARGET_SPEEDUP_OVER_PEERS)) {
          misses.add("peers");
        }
        line(
            "| "
                + scenario.replace("Benchmark", "")
                + " | "
                + Scenarios.label(herald.contender())
                + " | "
                + Figures.nanos(herald.nanosPerOp())
                + " | "
                + Figures.ratio(ratio)
                + " | "
                + Figures.bytes(bytes)
                + " | "
                + fastestPeer
                    .map(
                        p ->
                            Scenarios.label(p.contender())
                                + " "
                                + Figures.nanos(p.nanosPerOp())
                                + " ns")
                    .orElse("n/a")
                + " | "
                + Figures.ratio(speedup)
                + " | "
                + (misses.isEmpty() ? "met" : "missed: " + String.join(", ", misses))
                + " |");
      }
    }
    writeStartupTarget();
    writeThroughputTarget();
    line("");
  }

  private void writeStartupTarget() {
    List<Measurement> results = byScenario.getOrDefault("StartupBenchmark", List.of());
    Optional<Measurement> fastestReflective =
        results.stream()
            .filter(m -> Scenarios.REFLECTIVE_PEERS.contains(m.contender()))
            .min(Comparator.comparingDouble(Measurement::nanosPerOp));
    for (Measurement herald : results) {
      if (!Scenarios.isHerald(herald.contender())) {
        continue;
      }
      double speedup =
          fastestReflective.map(p -> p.nanosPerOp() / herald.nanosPerOp()).orElse(Double.NaN);
      line(
          "| Startup | "
              + Scenarios.label(herald.contender())
              + " | "
              + Figures.millis(herald.nanosPerOp())
              + " ms | | | fastest reflective peer: "
              + fastestReflective
                  .map(
                      p ->
                          Scenarios.label(p.contender())
                              + " "
                              + Figures.millis(p.nanosPerOp())
                              + " ms")
                  .orElse("n/a")
              + " | "
              + Figures.ratio(speedup)
              + " (target ≥ "
              + (int) TARGET_STARTUP_SPEEDUP
              + "×) | "
              + (speedup >= TARGET_STARTUP_SPEEDUP ? "met" : "missed")
              + " |");
    }
  }

  private void writeThroughputTarget() {
    for (Measurement herald : byScenario.getOrDefault("AsyncDeliveryBenchmark", List.of())) {
      line(
          "| Async | "
              + Scenarios.label(herald.contender())
              + " | "
              + Figures.rate(herald.score())
              + " events/s | | | | target ≥ "
              + Figures.rate(TARGET_EVENTS_PER_SECOND)
              + " events/s | "
              + (herald.score() >= TARGET_EVENTS_PER_SECOND ? "met" : "missed")
              + " |");
    }
  }

  private void writeDispatch(List<Measurement> results) {
    Optional<Measurement> direct = find(results, "direct");
    line("| contender | ns/op | ± (99.9%) | B/op | × direct call |");
    line("|---|---:|---:|---:|---:|");
    for (Measurement m : results) {
      double ratio = direct.map(d -> m.nanosPerOp() / d.nanosPerOp()).orElse(Double.NaN);
      line(
          "| "
              + Scenarios.label(m.contender())
              + " | "
              + Figures.nanos(m.nanosPerOp())
              + " | "
              + Figures.nanos(m.error() * m.nanosPerOp() / m.score())
              + " | "
              + (m.bytesPerOp().isPresent()
                  ? Figures.bytes(m.bytesPerOp().getAsDouble())
                  : "not measured")
              + " | "
              + Figures.ratio(ratio)
              + " |");
    }
  }

  private void writeStartup(List<Measurement> results) {
    Optional<Measurement> direct = find(results, "direct");
    line(
        "| contender | ms (mean of "
            + results.stream().mapToInt(Measurement::samples).max().orElse(0)
            + " fresh JVMs) | ± (99.9%) | × direct (creating the handlers) |");
    line("|---|---:|---:|---:|");
    for (Measurement m : results) {
      double ratio = direct.map(d -> m.nanosPerOp() / d.nanosPerOp()).orElse(Double.NaN);
      line(
          "| "
              + Scenarios.label(m.contender())
              + " | "
              + Figures.millis(m.nanosPerOp())
              + " | "
              + Figures.millis(m.error() * m.nanosPerOp() / m.score())
              + " | "
              + Figures.ratio(ratio)
              + " |");
    }
  }

  private void writeThroughput(List<Measurement> results) {
    line("| contender | events/s | ± (99.9%) |");
    line("|---|---:|---:|");
    for (Measurement m : results) {
      line(
          "| "
              + Scenarios.label(m.contender())
              + " | "
              + Figures.rate(m.score())
              + " | "
              + Figures.rate(m.error())
              + " |");
    }
  }

  private static Optional<Measurement> find(List<Measurement> results, String contender) {
    return results.stream().filter(m -> m.contender().equals(contender)).findFirst();
  }

  private static int scenarioRank(String scenario) {
    int i = List.copyOf(Scenarios.TITLES.keySet()).indexOf(scenario);
    return i < 0 ? Integer.MAX_VALUE : i;
  }

  private void line(String text) {
    out.append(text).append('\n');
  }

  /** Contender names present in the results, for the chart's legend. */
  static List<String> contenders(List<Measurement> measurements) {
    return measurements.stream()
        .map(Measurement::contender)
        .distinct()
        .sorted(Comparator.comparingInt(Scenarios::rank))
        .collect(Collectors.toList());
  }
}
