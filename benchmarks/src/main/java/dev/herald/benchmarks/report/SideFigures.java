package dev.herald.benchmarks.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The figures of the run that do not come from JMH, read from the results directory: the processor
 * cost ({@code processor-cost.json}, written by {@code ProcessorCost}) and the outbox's ratio to a
 * raw batched INSERT on PostgreSQL ({@code outbox.md}, written by the outbox harness, when
 * present).
 *
 * @param processorCost the processor-cost figures, empty when that part did not run
 * @param outboxToRaw the outbox / raw ratio on PostgreSQL, empty when there is no outbox report
 * @param outboxFile the report the ratio was read from
 */
record SideFigures(
    Optional<ProcessorFigures> processorCost, OptionalDouble outboxToRaw, String outboxFile) {

  /**
   * What {@code ProcessorCost} measured.
   *
   * @param medianWithoutMs median javac time without the processor
   * @param medianWithMs median javac time with Herald's processor
   * @param routes routes in the corpus's generated table
   * @param events event records in the corpus
   * @param tableLines lines of the generated table
   * @param codecLines lines of the generated codec
   * @param failure why javac failed with the processor, or empty
   */
  record ProcessorFigures(
      double medianWithoutMs,
      double medianWithMs,
      int routes,
      int events,
      int tableLines,
      int codecLines,
      Optional<String> failure) {

    /** javac time with the processor over without, minus one: +0.25 is +25 %. */
    double addedFraction() {
      return medianWithMs / medianWithoutMs - 1;
    }
  }

  /**
   * The figures in the directory; the outbox ratio from {@code outbox-pg.md} (a run on PostgreSQL
   * alone) when there is one, since it is then the newer figure, else from {@code outbox.md}.
   */
  static SideFigures read(Path directory) throws IOException {
    String outboxFile =
        Files.exists(directory.resolve("outbox-pg.md")) ? "outbox-pg.md" : "outbox.md";
    return new SideFigures(
        processorCost(directory.resolve("processor-cost.json")),
        outboxToRaw(directory.resolve(outboxFile)),
        outboxFile);
  }

  @SuppressWarnings("unchecked")
  private static Optional<ProcessorFigures> processorCost(Path file) throws IOException {
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    Map<String, Object> json =
        (Map<String, Object>) Json.parse(Files.readString(file, StandardCharsets.UTF_8));
    return Optional.of(
        new ProcessorFigures(
            number(json, "medianWithoutMs"),
            number(json, "medianWithMs"),
            (int) number(json, "routes"),
            (int) number(json, "events"),
            (int) number(json, "tableLines"),
            (int) number(json, "codecLines"),
            Optional.ofNullable((String) json.get("failure"))));
  }

  private static double number(Map<String, Object> json, String key) {
    Object value = json.get(key);
    return value instanceof Double d ? d : Double.NaN;
  }

  /**
   * The PostgreSQL row's "outbox / raw" column of the outbox harness's Markdown table: found by its
   * header, so a reordering of the columns does not mislead the report.
   */
  private static OptionalDouble outboxToRaw(Path file) throws IOException {
    if (!Files.exists(file)) {
      return OptionalDouble.empty();
    }
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    int column = -1;
    for (String line : lines) {
      List<String> cells = cells(line);
      if (column < 0) {
        for (int i = 0; i < cells.size(); i++) {
          if (cells.get(i).startsWith("outbox / raw")) {
            column = i;
          }
        }
      } else if (!cells.isEmpty() && cells.get(0).startsWith("PostgreSQL")) {
        if (column < cells.size()) {
          String figure = cells.get(column).replaceFirst("^([0-9.]+).*$", "$1");
          try {
            return OptionalDouble.of(Double.parseDouble(figure));
          } catch (NumberFormatException notAFigure) {
            return OptionalDouble.empty();
          }
        }
      }
    }
    return OptionalDouble.empty();
  }

  private static List<String> cells(String line) {
    String trimmed = line.strip();
    if (!trimmed.startsWith("|")) {
      return List.of();
    }
    return List.of(trimmed.substring(1).split("\\|")).stream().map(String::strip).toList();
  }
}
