package dev.herald.benchmarks.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/**
 * Checks the figures of a run against the goals of issue 12, one row per goal: what the goal is,
 * what Herald measured, and whether that meets it; a goal whose figures the run lacks is "not
 * measured", never met.
 */
final class Goals {

  static final double PEER_SPEEDUP = 5;
  static final double UNIT_OF_WORK_CEILING_NS = 150;
  static final double LOOKUP_SPREAD = 1.25;
  static final double STARTUP_CEILING_MS = 5;
  static final double STARTUP_SPEEDUP = 3;
  static final double ASYNC_EVENTS_PER_SECOND = 10_000_000;
  static final double PROCESSOR_ADDED = 0.25;
  static final double DURABLE_TO_RAW = 0.5;

  /** One goal: its statement, Herald's figure, and the verdict. */
  record Row(String goal, String figure, String verdict) {}

  private final Map<String, List<Measurement>> byScenario;
  private final SideFigures side;
  private final List<Row> rows = new ArrayList<>();

  private Goals(Map<String, List<Measurement>> byScenario, SideFigures side) {
    this.byScenario = byScenario;
    this.side = side;
  }

  static List<Row> check(Map<String, List<Measurement>> byScenario, SideFigures side) {
    Goals goals = new Goals(byScenario, side);
    goals.publish();
    goals.unitOfWork();
    goals.lookup();
    goals.startup();
    goals.async();
    goals.processor();
    goals.durable();
    return goals.rows;
  }

  private void publish() {
    List<Double> bytes = new ArrayList<>();
    List<String> speedups = new ArrayList<>();
    boolean allFaster = true;
    for (Map.Entry<String, String> column : Scenarios.APP_DISPATCH.entrySet()) {
      Optional<Measurement> bus = find(column.getKey(), "heraldBus");
      double ceiling = Scenarios.PUBLISH_CEILING_NS.get(column.getKey());
      add(
          "`EventBus.publish` ≤ " + Figures.nanos(ceiling) + " ns, " + column.getValue(),
          bus.map(m -> Figures.nanos(m.nanosPerOp()) + " ns"),
          bus.map(m -> m.nanosPerOp() <= ceiling));
      bus.ifPresent(m -> bytes.add(m.bytes()));
      Optional<Measurement> greenrobot = find(column.getKey(), "greenrobot");
      if (bus.isEmpty() || greenrobot.isEmpty()) {
        allFaster = false;
        speedups.add(column.getValue() + " n/a");
        continue;
      }
      double speedup = greenrobot.get().nanosPerOp() / bus.get().nanosPerOp();
      allFaster &= speedup >= PEER_SPEEDUP;
      speedups.add(column.getValue() + " " + Figures.ratio(speedup));
    }
    add(
        "`EventBus.publish` allocates 0 B/op (no handler takes an `EventContext`, nothing fails)",
        bytes.size() < Scenarios.APP_DISPATCH.size()
            ? Optional.empty()
            : Optional.of(
                bytes.stream().map(Figures::bytes).collect(Collectors.joining(", ")) + " B/op"),
        bytes.size() < Scenarios.APP_DISPATCH.size()
            ? Optional.empty()
            : Optional.of(bytes.stream().allMatch(b -> b < 0.5)));
    boolean measured = speedups.stream().noneMatch(s -> s.endsWith("n/a"));
    add(
        "`EventBus.publish` ≥ " + (int) PEER_SPEEDUP + "× faster than greenrobot in every scenario",
        Optional.of("greenrobot ÷ Herald: " + String.join(", ", speedups)),
        measured ? Optional.of(allFaster) : Optional.empty());
  }

  private void unitOfWork() {
    Optional<Measurement> herald = find(Scenarios.APP_UNIT_OF_WORK, "heraldUnitOfWork");
    add(
        "Unit of work (3 events, commit, 3 AFTER_COMMIT handlers, in memory) ≤ "
            + (int) UNIT_OF_WORK_CEILING_NS
            + " ns",
        herald.map(
            m -> Figures.nanos(m.nanosPerOp()) + " ns, " + Figures.bytes(m.bytes()) + " B/op"),
        herald.map(m -> m.nanosPerOp() <= UNIT_OF_WORK_CEILING_NS));
  }

  private void lookup() {
    List<Measurement> positions = new ArrayList<>();
    for (String type : List.of("0", "100", "199")) {
      find(Scenarios.LOOKUP + ":" + type, "heraldTable").ifPresent(positions::add);
    }
    if (positions.size() < 3) {
      add(
          "The table alone: route lookup in constant time, 0 B",
          Optional.empty(),
          Optional.empty());
      return;
    }
    double fastest = positions.stream().mapToDouble(Measurement::nanosPerOp).min().orElseThrow();
    double slowest = positions.stream().mapToDouble(Measurement::nanosPerOp).max().orElseThrow();
    add(
        "The table alone: route lookup in constant time (types 1, 101, 200 of 200 within "
            + Figures.ratio(LOOKUP_SPREAD)
            + " of each other), 0 B",
        Optional.of(
            positions.stream()
                    .map(m -> Figures.nanos(m.nanosPerOp()) + " ns · " + Figures.bytes(m.bytes()))
                    .collect(Collectors.joining(", "))
                + " B; slowest ÷ fastest "
                + Figures.ratio(slowest / fastest)),
        Optional.of(
            slowest / fastest <= LOOKUP_SPREAD
                && positions.stream().allMatch(m -> m.bytes() < 0.5)));
  }

  private void startup() {
    startup(Scenarios.APP_STARTUP, "");
    startup(Scenarios.APP_STARTUP_CDS, " with AppCDS");
  }

  /** The cold-start rows of one scenario; only the plain JVM's table and bus row is the goal. */
  private void startup(String scenario, String jvm) {
    Optional<Measurement> greenrobot = find(scenario, "greenrobotIndexed");
    for (String contender : List.of("heraldConstructor", "heraldDagger")) {
      Optional<Measurement> herald = find(scenario, contender);
      boolean goal = contender.equals("heraldConstructor") && jvm.isEmpty();
      String what =
          (contender.equals("heraldConstructor")
                  ? "cold start (table + bus)"
                  : "cold start through Dagger")
              + jvm;
      add(
          (goal ? "Cold start (table + bus)" : "Reported: " + what)
              + " ≤ "
              + (int) STARTUP_CEILING_MS
              + " ms",
          herald.map(m -> Figures.millis(m.nanosPerOp()) + " ms"),
          herald.map(m -> m.nanosPerOp() / 1e6 <= STARTUP_CEILING_MS));
      add(
          (goal ? "Cold start (table + bus)" : "Reported: " + what)
              + " ≥ "
              + (int) STARTUP_SPEEDUP
              + "× faster than greenrobot's index",
          herald.flatMap(
              h ->
                  greenrobot.map(
                      g ->
                          "greenrobot "
                              + Figures.millis(g.nanosPerOp())
                              + " ms ÷ Herald: "
                              + Figures.ratio(g.nanosPerOp() / h.nanosPerOp()))),
          herald.flatMap(
              h -> greenrobot.map(g -> g.nanosPerOp() / h.nanosPerOp() >= STARTUP_SPEEDUP)));
    }
  }

  private void async() {
    Optional<Measurement> herald = find(Scenarios.APP_ASYNC, "heraldExecutor");
    Optional<Measurement> disruptor =
        results(Scenarios.APP_ASYNC).stream()
            .filter(m -> m.contender().startsWith("disruptor"))
            .max(Comparator.comparingDouble(Measurement::score));
    add(
        "Async delivery on the bus's pool, per-aggregate order, ≥ "
            + Figures.rate(ASYNC_EVENTS_PER_SECOND)
            + " events/s on 2 cores",
        herald.map(
            h ->
                Figures.rate(h.score())
                    + " events/s"
                    + disruptor
                        .map(
                            d ->
                                "; "
                                    + Figures.ratio(h.score() / d.score())
                                    + " of the Disruptor ("
                                    + Scenarios.label(d.contender())
                                    + ", "
                                    + Figures.rate(d.score())
                                    + " events/s)")
                        .orElse("")),
        herald.map(h -> h.score() >= ASYNC_EVENTS_PER_SECOND));
  }

  private void processor() {
    Optional<SideFigures.ProcessorFigures> cost = side.processorCost();
    add(
        "Processor: at most +" + (int) (PROCESSOR_ADDED * 100) + " % javac time (1,000 events)",
        cost.map(
            c ->
                c.failure()
                    .map(f -> "javac failed with the processor: " + f)
                    .orElseGet(
                        () ->
                            String.format(
                                java.util.Locale.ROOT,
                                "%+.0f %% (%,.0f → %,.0f ms); generated: %.1f table lines per"
                                    + " route, %.1f codec lines per event",
                                c.addedFraction() * 100,
                                c.medianWithoutMs(),
                                c.medianWithMs(),
                                (double) c.tableLines() / c.routes(),
                                (double) c.codecLines() / c.events()))),
        cost.map(c -> c.failure().isEmpty() && c.addedFraction() <= PROCESSOR_ADDED));
  }

  private void durable() {
    OptionalDouble ratio = side.outboxToRaw();
    add(
        "Durable delivery (outbox on PostgreSQL) ≥ "
            + DURABLE_TO_RAW
            + "× the raw batched INSERT (from "
            + side.outboxFile()
            + ")",
        ratio.isPresent() ? Optional.of(Figures.ratio(ratio.getAsDouble())) : Optional.empty(),
        ratio.isPresent() ? Optional.of(ratio.getAsDouble() >= DURABLE_TO_RAW) : Optional.empty());
  }

  private void add(String goal, Optional<String> figure, Optional<Boolean> met) {
    rows.add(
        new Row(
            goal,
            figure.orElse("not measured in this run"),
            met.map(m -> m ? "**met**" : "**missed**").orElse("not measured")));
  }

  private Optional<Measurement> find(String scenario, String contender) {
    return results(scenario).stream().filter(m -> m.contender().equals(contender)).findFirst();
  }

  private List<Measurement> results(String scenario) {
    return byScenario.getOrDefault(scenario, List.of());
  }
}
