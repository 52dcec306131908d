package dev.herald.benchmarks.report;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * One JMH result: which scenario (benchmark class) and contender (method) it is, its score, and the
 * bytes allocated per operation when it ran with {@code -prof gc}.
 *
 * @param scenario simple name of the benchmark class
 * @param contender the benchmark method
 * @param score the primary score, in {@code unit}
 * @param error the 99.9% confidence half-width JMH printed, NaN when it could not compute one
 * @param unit e.g. {@code ns/op}, {@code us/op}, {@code ops/s}
 * @param bytesPerOp {@code gc.alloc.rate.norm}, empty without {@code -prof gc}
 * @param samples how many measurement iterations the score is made of
 */
record Measurement(
    String scenario,
    String contender,
    double score,
    double error,
    String unit,
    OptionalDouble bytesPerOp,
    int samples) {

  /** Reads one element of JMH's JSON array. */
  @SuppressWarnings("unchecked")
  static Measurement of(Map<String, Object> result) {
    String benchmark = (String) result.get("benchmark");
    int method = benchmark.lastIndexOf('.');
    String className = benchmark.substring(0, method);
    Map<String, Object> primary = (Map<String, Object>) result.get("primaryMetric");
    Map<String, Object> secondary =
        (Map<String, Object>) result.getOrDefault("secondaryMetrics", Map.of());
    Map<String, Object> norm = (Map<String, Object>) secondary.get("gc.alloc.rate.norm");
    int samples = 0;
    for (Object fork : (List<Object>) primary.getOrDefault("rawData", List.of())) {
      samples += ((List<Object>) fork).size();
    }
    return new Measurement(
        className.substring(className.lastIndexOf('.') + 1),
        benchmark.substring(method + 1),
        number(primary.get("score")),
        number(primary.get("scoreError")),
        (String) primary.get("scoreUnit"),
        norm == null ? OptionalDouble.empty() : OptionalDouble.of(number(norm.get("score"))),
        samples);
  }

  /** The score in nanoseconds per operation, for time-per-operation units. */
  double nanosPerOp() {
    return switch (unit) {
      case "ns/op" -> score;
      case "us/op" -> score * 1e3;
      case "ms/op" -> score * 1e6;
      case "s/op" -> score * 1e9;
      default ->
          throw new IllegalStateException(
              scenario + "." + contender + " is not a time per operation: " + unit);
    };
  }

  /** JMH writes NaN as a string. */
  private static double number(Object value) {
    if (value instanceof Double d) {
      return d;
    }
    return value == null ? Double.NaN : Double.parseDouble(value.toString());
  }
}
