package dev.herald.benchmarks.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Writes the results as Markdown: the run's facts, issue 12's goals checked against Herald's
 * figures, the application-size table (the one the README shows first), then one table per
 * scenario, application size first and the small-table scenarios after.
 */
final class ResultsMarkdown {

  private final Map<String, List<Measurement>> byScenario;
  private final StringBuilder out = new StringBuilder();

  private ResultsMarkdown(List<Measurement> measurements) {
    this.byScenario = byScenario(measurements);
  }

  /** The measurements by scenario, scenarios and contenders in report order. */
  static Map<String, List<Measurement>> byScenario(List<Measurement> measurements) {
    Map<String, List<Measurement>> grouped =
        new TreeMap<>(
            Comparator.comparingInt(Scenarios::scenarioRank)
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
    return grouped;
  }

  static String render(List<Measurement> measurements, RunInfo info, SideFigures side) {
    return new ResultsMarkdown(measurements).write(info, side);
  }

  private String write(RunInfo info, SideFigures side) {
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
    line("## Issue 12's goals");
    line("");
    line("| goal | Herald in this run | verdict |");
    line("|---|---|---|");
    for (Goals.Row row : Goals.check(byScenario, side)) {
      line("| " + row.goal() + " | " + row.figure() + " | " + row.verdict() + " |");
    }
    line("");
    writeMatrix(
        "Application size (one table of 210 handler classes, 206 event types): ns per event (B"
            + " per event)",
        Scenarios.APP_DISPATCH);
    String previousTitle = "";
    for (Map.Entry<String, List<Measurement>> scenario : byScenario.entrySet()) {
      if (scenario.getKey().equals("SingleHandlerBenchmark")) {
        writeMatrix("Small table (10 routes): ns per event (B per event)", smallColumns());
      }
      String title = Scenarios.title(scenario.getKey());
      if (title.equals(previousTitle)) {
        continue; // the lookup's positions share one table, written with the first
      }
      previousTitle = title;
      line("## " + title);
      line("");
      switch (scenario.getKey()) {
        case Scenarios.APP_STARTUP, Scenarios.APP_STARTUP_CDS -> writeStartup(scenario.getValue());
        case Scenarios.APP_ASYNC, "AsyncDeliveryBenchmark" -> writeThroughput(scenario.getValue());
        default -> {
          if (scenario.getKey().startsWith(Scenarios.LOOKUP + ":")) {
            writeLookup();
          } else {
            writeDispatch(scenario.getValue(), floor(scenario.getKey()));
          }
        }
      }
      line("");
    }
    return out.toString();
  }

  private Map<String, String> smallColumns() {
    Map<String, String> columns = new LinkedHashMap<>();
    for (String scenario : Scenarios.SMALL_DISPATCH) {
      columns.put(scenario, Scenarios.title(scenario).replaceFirst("^(S\\d+)\\. [^:]*: ", "$1 "));
    }
    return columns;
  }

  /** One row per contender, one column per scenario: ns (B) per event. */
  private void writeMatrix(String title, Map<String, String> columns) {
    List<String> present =
        columns.keySet().stream().filter(byScenario::containsKey).collect(Collectors.toList());
    if (present.isEmpty()) {
      return;
    }
    line("## " + title);
    line("");
    StringBuilder header = new StringBuilder("| contender |");
    StringBuilder rule = new StringBuilder("|---|");
    for (String scenario : present) {
      header.append(' ').append(columns.get(scenario)).append(" |");
      rule.append("---:|");
    }
    line(header.toString());
    line(rule.toString());
    List<String> contenders =
        present.stream()
            .flatMap(s -> byScenario.get(s).stream().map(Measurement::contender))
            .distinct()
            .sorted(Comparator.comparingInt(Scenarios::rank))
            .toList();
    for (String contender : contenders) {
      StringBuilder row = new StringBuilder("| " + Scenarios.label(contender) + " |");
      for (String scenario : present) {
        row.append(' ')
            .append(
                find(byScenario.get(scenario), contender)
                    .map(m -> Figures.nanos(m.nanosPerOp()) + " (" + Figures.bytes(m.bytes()) + ")")
                    .orElse(""))
            .append(" |");
      }
      line(row.toString());
    }
    line("");
  }

  /** The floor a scenario's ratios use: its own direct call, or the same work's elsewhere. */
  private Optional<Measurement> floor(String scenario) {
    String floorScenario =
        scenario.equals(Scenarios.APP_UNIT_OF_WORK) ? Scenarios.SMALL_UNIT_OF_WORK : scenario;
    return find(byScenario.getOrDefault(floorScenario, List.of()), Measurement.FLOOR);
  }

  private void writeDispatch(List<Measurement> results, Optional<Measurement> direct) {
    Optional<Measurement> greenrobot = find(results, "greenrobot");
    line("| contender | ns/op | ± (99.9%) | B/op | × direct call | greenrobot ÷ this |");
    line("|---|---:|---:|---:|---:|---:|");
    for (Measurement m : results) {
      line(
          "| "
              + Scenarios.label(m.contender())
              + " | "
              + Figures.nanos(m.nanosPerOp())
              + " | "
              + Figures.nanos(m.error() * m.nanosPerOp() / m.score())
              + " | "
              + (m.bytesPerOp().isPresent() ? Figures.bytes(m.bytes()) : "not measured")
              + " | "
              + Figures.ratio(direct.map(d -> m.nanosPerOp() / d.nanosPerOp()).orElse(Double.NaN))
              + " | "
              + Figures.ratio(
                  greenrobot.map(g -> g.nanosPerOp() / m.nanosPerOp()).orElse(Double.NaN))
              + " |");
    }
    if (direct.isPresent() && !results.contains(direct.get())) {
      line("");
      line(
          "The floor is "
              + direct.get().scenario()
              + "'s direct call, "
              + Figures.nanos(direct.get().nanosPerOp())
              + " ns: the same work by hand, which no table changes.");
    }
  }

  private void writeLookup() {
    line("| table type | ns/op | ± (99.9%) | B/op |");
    line("|---|---:|---:|---:|");
    for (Map.Entry<String, List<Measurement>> position : byScenario.entrySet()) {
      if (position.getKey().startsWith(Scenarios.LOOKUP + ":")) {
        for (Measurement m : position.getValue()) {
          line(
              "| "
                  + (Integer.parseInt(position.getKey().substring(Scenarios.LOOKUP.length() + 1))
                      + 1)
                  + " of 200 | "
                  + Figures.nanos(m.nanosPerOp())
                  + " | "
                  + Figures.nanos(m.error() * m.nanosPerOp() / m.score())
                  + " | "
                  + (m.bytesPerOp().isPresent() ? Figures.bytes(m.bytes()) : "not measured")
                  + " |");
        }
      }
    }
  }

  private void writeStartup(List<Measurement> results) {
    Optional<Measurement> greenrobot = find(results, "greenrobotIndexed");
    line(
        "| contender | ms (mean of "
            + results.stream().mapToInt(Measurement::samples).max().orElse(0)
            + " fresh JVMs) | ± (99.9%) | greenrobot's index ÷ this |");
    line("|---|---:|---:|---:|");
    for (Measurement m : results) {
      line(
          "| "
              + Scenarios.label(m.contender())
              + " | "
              + Figures.millis(m.nanosPerOp())
              + " | "
              + Figures.millis(m.error() * m.nanosPerOp() / m.score())
              + " | "
              + Figures.ratio(
                  greenrobot.map(g -> g.nanosPerOp() / m.nanosPerOp()).orElse(Double.NaN))
              + " |");
    }
  }

  private void writeThroughput(List<Measurement> results) {
    Optional<Measurement> disruptor =
        results.stream()
            .filter(m -> m.contender().startsWith("disruptor"))
            .max(Comparator.comparingDouble(Measurement::score));
    line("| contender | events/s | ± (99.9%) | B/event | ÷ the faster Disruptor |");
    line("|---|---:|---:|---:|---:|");
    for (Measurement m : results) {
      line(
          "| "
              + Scenarios.label(m.contender())
              + " | "
              + Figures.rate(m.score())
              + " | "
              + Figures.rate(m.error())
              + " | "
              + (m.bytesPerOp().isPresent() ? Figures.bytes(m.bytes()) : "not measured")
              + " | "
              + Figures.ratio(disruptor.map(d -> m.score() / d.score()).orElse(Double.NaN))
              + " |");
    }
  }

  private static Optional<Measurement> find(List<Measurement> results, String contender) {
    return results.stream().filter(m -> m.contender().equals(contender)).findFirst();
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
