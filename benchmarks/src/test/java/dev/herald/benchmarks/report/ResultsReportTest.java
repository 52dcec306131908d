package dev.herald.benchmarks.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report turns JMH JSON and the side figures into issue 12's goals, met or missed. */
class ResultsReportTest {

  @TempDir Path dir;

  private static String result(
      String benchmark, String scenario, String unit, double score, double bytes) {
    return """
    {"jmhVersion":"1.37","benchmark":"dev.herald.benchmarks.%s","mode":"avgt",
     "jdkVersion":"17.0.15","vmName":"OpenJDK 64-Bit Server VM"%s,
     "primaryMetric":{"score":%s,"scoreError":"NaN","scoreUnit":"%s","rawData":[[%s]]},
     "secondaryMetrics":{"gc.alloc.rate.norm":{"score":%s,"scoreUnit":"B/op"}}}\
    """
        .formatted(
            benchmark,
            scenario == null
                ? ""
                : ",\"params\":{\""
                    + (scenario.matches("\\d+") ? "type" : "scenario")
                    + "\":\""
                    + scenario
                    + "\"}",
            score,
            unit,
            score,
            bytes);
  }

  @Test
  void checksTheGoalsOfIssue12() throws Exception {
    Path json = dir.resolve("dispatch.json");
    String app = "appsize.AppSizeBenchmark.";
    Files.writeString(
        json,
        "["
            + String.join(
                ",",
                result(app + "directOneHandler", null, "ns/op", 1.0, 0),
                result(app + "heraldBus", "oneHandler", "ns/op", 12.0, 0.0001),
                result(app + "greenrobot", "oneHandler", "ns/op", 90.0, 0),
                result(app + "heraldBus", "fiveHandlers", "ns/op", 40.0, 0),
                result(app + "greenrobot", "fiveHandlers", "ns/op", 110.0, 120),
                result("appsize.AppUnitOfWorkBenchmark.heraldUnitOfWork", null, "ns/op", 519, 600),
                result("unitofwork.UnitOfWorkBenchmark.direct", null, "ns/op", 20, 72),
                result("appsize.AppTableLookupBenchmark.heraldTable", "0", "ns/op", 10, 0),
                result("appsize.AppTableLookupBenchmark.heraldTable", "100", "ns/op", 11, 0),
                result("appsize.AppTableLookupBenchmark.heraldTable", "199", "ns/op", 12, 0),
                result("appsize.AppAsyncDeliveryBenchmark.heraldExecutor", null, "ops/s", 2.9e6, 0),
                result(
                    "appsize.AppAsyncDeliveryBenchmark.disruptorBlocking", null, "ops/s", 29e6, 0),
                result("appsize.AppStartupBenchmark.heraldConstructor", null, "us/op", 4_000, 0),
                result("appsize.AppStartupBenchmark.greenrobotIndexed", null, "us/op", 15_000, 0))
            + "]");
    Files.writeString(
        dir.resolve("processor-cost.json"),
        "{\"events\": 1000, \"routes\": 1000, \"runs\": 5, \"medianWithoutMs\": 10000.0,"
            + " \"medianWithMs\": 12000.0, \"tableLines\": 27000, \"codecLines\": 31000}");
    Files.writeString(
        dir.resolve("outbox.md"),
        "| database | raw | outbox | outbox / raw (median of per-round ratios) |\n"
            + "|---|---|---|---|\n| PostgreSQL 15 | 11,638 | 4,989 | 0.43 |\n");

    ResultsReport.main(
        new String[] {"--out", dir.toString(), "--command", "java -jar x.jar", json.toString()});

    String report = Files.readString(dir.resolve("RESULTS.md"));
    assertTrue(
        report.contains("| `EventBus.publish` ≤ 15.0 ns, 1 handler | 12.0 ns | **met** |"), report);
    assertTrue(
        report.contains("| `EventBus.publish` ≤ 30.0 ns, 5 handlers | 40.0 ns | **missed** |"),
        report);
    assertTrue(
        report.contains("greenrobot ÷ Herald: 1 handler 7.50×, 5 handlers 2.75×")
            && report.contains("2.75×, interface handler n/a"),
        "both measured ratios listed, the missing scenarios marked:\n" + report);
    assertTrue(report.contains("| 519 ns, 600 B/op | **missed** |"), report);
    assertTrue(report.contains("2,900,000 events/s; 0.10× of the Disruptor"), report);
    assertTrue(report.contains("| 4.00 ms | **met** |"), "4 ms meets the 5 ms bar:\n" + report);
    assertTrue(report.contains("greenrobot 15.00 ms ÷ Herald: 3.75× | **met** |"), report);
    assertTrue(
        report.contains("+20 % (10,000 → 12,000 ms); generated: 27.0 table lines per route"),
        report);
    assertTrue(report.contains("| 0.43× | **missed** |"), "0.43 misses the 0.5 bar:\n" + report);
    assertTrue(
        report.contains("| Herald: EventBus.publish, synchronous delivery | 12.0 (0) | 40.0 (0) |"),
        "the application-size table, ns (B):\n" + report);
    assertTrue(report.contains("The floor is UnitOfWorkBenchmark's direct call, 20.0 ns"), report);
    assertTrue(
        report.contains(
            "10.0 ns · 0, 11.0 ns · 0, 12.0 ns · 0 B; slowest ÷ fastest 1.20× | **met** |"),
        "12 ns is within 1.25x of 10 ns, no allocation:\n" + report);
    assertTrue(report.contains("| 200 of 200 | 12.0 | n/a | 0 |"), report);
    assertTrue(report.contains("- Command: `java -jar x.jar`"), report);
    String svg = Files.readString(dir.resolve("chart.svg"));
    assertTrue(
        svg.startsWith("<svg")
            && svg.contains("greenrobot EventBus 3.3.1")
            && svg.trim().endsWith("</svg>"),
        svg);
  }
}
