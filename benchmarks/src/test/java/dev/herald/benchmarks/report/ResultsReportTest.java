package dev.herald.benchmarks.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report turns JMH JSON into ratios to the direct call and verdicts on the targets. */
class ResultsReportTest {

  @TempDir Path dir;

  private static String result(String method, double score, double bytes) {
    return """
    {"jmhVersion":"1.37","benchmark":"dev.herald.benchmarks.single.SingleHandlerBenchmark.%s","mode":"avgt",
     "jdkVersion":"17.0.15","vmName":"OpenJDK 64-Bit Server VM",
     "primaryMetric":{"score":%s,"scoreError":"NaN","scoreUnit":"ns/op","rawData":[[%s]]},
     "secondaryMetrics":{"gc.alloc.rate.norm":{"score":%s,"scoreUnit":"B/op"}}}\
    """
        .formatted(method, score, score, bytes);
  }

  @Test
  void writesRatiosAndVerdicts() throws Exception {
    Path json = dir.resolve("dispatch.json");
    Files.writeString(
        json,
        "["
            + String.join(
                ",",
                result("direct", 1.0, 0.00001),
                result("heraldTable", 1.2, 0.0001),
                result("heraldBus", 30.0, 96),
                result("guava", 120.0, 344))
            + "]");

    ResultsReport.main(
        new String[] {"--out", dir.toString(), "--command", "java -jar x.jar", json.toString()});

    String table = Files.readString(dir.resolve("RESULTS.md"));
    assertTrue(
        table.contains("| Herald: generated table (routesOf + invoke) | 1.20 | n/a | 0 | 1.20× |"),
        table);
    assertTrue(
        table.contains("| 100× | met |"),
        "1.2 ns against Guava's 120 ns meets the 20x target:\n" + table);
    assertTrue(
        table.contains("| 4.00× | missed: ratio, allocation, peers |"),
        "30 ns, 96 B/op and 4x miss all three:\n" + table);
    assertTrue(table.contains("- Command: `java -jar x.jar`"), table);
    String svg = Files.readString(dir.resolve("chart.svg"));
    assertTrue(
        svg.startsWith("<svg")
            && svg.contains("Guava EventBus 33.8")
            && svg.trim().endsWith("</svg>"),
        svg);
  }
}
