package dev.herald.benchmarks.report;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * One JMH result: which scenario and contender it is, its score, and the bytes allocated per
 * operation when it ran with {@code -prof gc}.
 *
 * @param scenario the simple name of the benchmark class, followed by {@code :<value>} when the
 *     benchmark has a parameter (the application-size scenarios have one, {@code scenario}, and the
 *     floor's {@code directFiveHandlers} counts as contender {@code direct} of {@code
 *     AppSizeBenchmark:fiveHandlers})
 * @param contender the benchmark method, {@code direct} for every floor
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

  /** The floor's method name, and the prefix of the floors of parameterised scenarios. */
  static final String FLOOR = "direct";

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
    Map<String, Object> params = (Map<String, Object>) result.getOrDefault("params", Map.of());
    String scenario = className.substring(className.lastIndexOf('.') + 1);
    String contender = benchmark.substring(method + 1);
    if (params.size() == 1) {
      scenario += ":" + params.values().iterator().next();
    } else if (contender.startsWith(FLOOR) && contender.length() > FLOOR.length()) {
      // One floor method per parameter value: directFiveHandlers is the floor of fiveHandlers.
      String value = contender.substring(FLOOR.length());
      scenario += ":" + Character.toLowerCase(value.charAt(0)) + value.substring(1);
      contender = FLOOR;
    }
    int samples = 0;
    for (Object fork : (List<Object>) primary.getOrDefault("rawData", List.of())) {
      samples += ((List<Object>) fork).size();
    }
    return new Measurement(
        scenario,
        contender,
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

  /** Bytes per operation, NaN when the run had no {@code -prof gc}. */
  double bytes() {
    return bytesPerOp.orElse(Double.NaN);
  }

  /** JMH writes NaN as a string. */
  private static double number(Object value) {
    if (value instanceof Double d) {
      return d;
    }
    return value == null ? Double.NaN : Double.parseDouble(value.toString());
  }
}
