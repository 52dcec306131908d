package dev.herald.benchmarks.outbox;

import dev.herald.jdbc.JdbcOutbox;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The outbox benchmark of issue 4: for each database, rounds of raw batched INSERTs and of Herald's
 * outbox alternate (each round on a fresh, empty database), then a paced run measures the
 * commit-to-handler latency; writes a markdown table.
 *
 * <p>Options: {@code --databases sqlite,h2mem,pg} (default these three; also {@code sqlitenormal}),
 * {@code --units 2000} (units of work per round), {@code --rounds 5}, {@code --threads 2}
 * (committing threads), {@code --latency-seconds 5} and {@code --latency-load 0.25} (length of the
 * latency run, and its pace as a share of the measured outbox throughput), {@code --out
 * benchmarks/results/outbox.md}.
 */
public final class OutboxThroughput {

  private OutboxThroughput() {}

  public static void main(String[] args) throws Exception {
    Options options = Options.parse(args);
    RunReport report =
        new RunReport(
            "Outbox throughput and latency (issue 4)", OutboxThroughput.class.getName(), args);
    List<List<String>> rows = new ArrayList<>();
    List<String> rounds = new ArrayList<>();
    try {
      for (Database database : options.databases) {
        rows.add(measure(database, options, rounds));
      }
    } finally {
      Database.stopPostgres();
    }
    report
        .line(
            "- per round: "
                + options.units
                + " units of work (1 aggregate raising "
                + BenchOrder.EVENTS_PER_UNIT
                + " events, one order row) from "
                + options.threads
                + " committing threads; "
                + options.rounds
                + " measured rounds after one warm-up round, each round on a fresh database;"
                + " medians shown; the ratio is the median of the per-round ratios (raw and outbox"
                + " run back to back)")
        .table(
            List.of(
                "database",
                "raw batched INSERT events/s",
                "Herald outbox events/s (committed + delivered)",
                "outbox / raw (median of per-round ratios)",
                "commit → handler p50",
                "p99",
                "latency run pace"),
            rows)
        .line("Rounds (events/s):\n")
        .line(String.join("\n", rounds) + "\n");
    report.finish(options.out);
  }

  private static List<String> measure(Database database, Options options, List<String> roundLog)
      throws Exception {
    System.out.println("== " + database.label());
    // Warm-up: JIT, driver and pool code paths; not recorded.
    raw(database, options.units / 2, options.threads);
    herald(database, options.units / 2, options.threads);
    double[] raw = new double[options.rounds];
    double[] herald = new double[options.rounds];
    for (int round = 0; round < options.rounds; round++) {
      raw[round] = raw(database, options.units, options.threads).eventsPerSecond();
      herald[round] = herald(database, options.units, options.threads).eventsPerSecond();
      System.out.printf(
          "  round %d: raw %s events/s, outbox %s events/s%n",
          round + 1, RunReport.rate(raw[round]), RunReport.rate(herald[round]));
    }
    double rawMedian = median(raw);
    double heraldMedian = median(herald);
    // Rounds of raw and outbox run back to back, so each pair shares the machine's load of the
    // moment: the median of the per-round ratios is steadier than the ratio of the medians.
    double[] ratios = new double[options.rounds];
    for (int round = 0; round < options.rounds; round++) {
      ratios[round] = herald[round] / raw[round];
    }
    double unitsPerSecond = heraldMedian / BenchOrder.EVENTS_PER_UNIT * options.latencyLoad;
    int latencyUnits = (int) Math.max(200, unitsPerSecond * options.latencySeconds);
    long[] latencies;
    try (Database.Open db = database.open();
        HeraldOutbox outbox = new HeraldOutbox(db.dataSource(), latencyUnits)) {
      OrdersTable.create(db.dataSource());
      latencies = outbox.latencies(latencyUnits, unitsPerSecond);
    }
    roundLog.add(
        "- "
            + database.label()
            + ": raw "
            + list(raw)
            + "; outbox "
            + list(herald)
            + "; ratios "
            + ratioList(ratios));
    long p50 = Probe.percentile(latencies, 50);
    long p99 = Probe.percentile(latencies, 99);
    System.out.printf(
        "  latency at %s units/s: p50 %s, p99 %s%n",
        RunReport.rate(unitsPerSecond), RunReport.millis(p50), RunReport.millis(p99));
    return List.of(
        database.label(),
        RunReport.rate(rawMedian),
        RunReport.rate(heraldMedian),
        RunReport.ratio(median(ratios)),
        RunReport.millis(p50),
        RunReport.millis(p99),
        RunReport.rate(unitsPerSecond * BenchOrder.EVENTS_PER_UNIT)
            + " events/s, 1 thread, "
            + latencyUnits * BenchOrder.EVENTS_PER_UNIT
            + " events");
  }

  private static Measurement raw(Database database, int units, int threads) throws Exception {
    try (Database.Open db = database.open()) {
      OrdersTable.create(db.dataSource());
      JdbcOutbox.builder(db.dataSource())
          .codec(new BenchCodec())
          .tablePrefix(RawInserts.TABLES.prefix())
          .build()
          .createSchema();
      return new RawInserts(db.dataSource(), database.textColumns()).run(units, threads);
    }
  }

  private static Measurement herald(Database database, int units, int threads) throws Exception {
    try (Database.Open db = database.open();
        HeraldOutbox outbox = new HeraldOutbox(db.dataSource(), units)) {
      OrdersTable.create(db.dataSource());
      return outbox.throughput(units, threads);
    }
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  }

  private static String ratioList(double[] values) {
    List<String> parts = new ArrayList<>();
    for (double value : values) {
      parts.add(RunReport.ratio(value));
    }
    return String.join(", ", parts);
  }

  private static String list(double[] values) {
    List<String> parts = new ArrayList<>();
    for (double value : values) {
      parts.add(RunReport.rate(value));
    }
    return String.join(", ", parts);
  }

  /** The command line, with defaults. */
  private record Options(
      List<Database> databases,
      int units,
      int rounds,
      int threads,
      int latencySeconds,
      double latencyLoad,
      Path out) {

    static Options parse(String[] args) {
      List<Database> databases =
          List.of(Database.SQLITE_FULL, Database.H2_MEM, Database.POSTGRESQL);
      int units = 2000;
      int rounds = 5;
      int threads = 2;
      int latencySeconds = 5;
      double latencyLoad = 0.25;
      Path out = Path.of("benchmarks/results/outbox.md");
      for (int i = 0; i < args.length; i++) {
        String name = args[i];
        if (i + 1 >= args.length) {
          throw new IllegalArgumentException("option " + name + " needs a value");
        }
        String value = args[++i];
        switch (name) {
          case "--databases" ->
              databases = Arrays.stream(value.split(",")).map(Database::parse).toList();
          case "--units" -> units = positive(name, value);
          case "--rounds" -> rounds = positive(name, value);
          case "--threads" -> threads = positive(name, value);
          case "--latency-seconds" -> latencySeconds = positive(name, value);
          case "--latency-load" -> latencyLoad = Double.parseDouble(value);
          case "--out" -> out = Path.of(value);
          default ->
              throw new IllegalArgumentException(
                  "unknown option "
                      + name
                      + "; known: --databases --units --rounds --threads --latency-seconds"
                      + " --latency-load --out");
        }
      }
      return new Options(databases, units, rounds, threads, latencySeconds, latencyLoad, out);
    }

    private static int positive(String name, String value) {
      int parsed = Integer.parseInt(value);
      if (parsed < 1) {
        throw new IllegalArgumentException(name + " must be at least 1, was " + value);
      }
      return parsed;
    }
  }
}
