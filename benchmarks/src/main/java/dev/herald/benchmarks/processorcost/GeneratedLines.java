package dev.herald.benchmarks.processorcost;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * How much source the processor wrote for the corpus: lines of the generated handler table, codec
 * and Dagger module, and of every generated file together (Dagger's factories included).
 *
 * @param files generated source files
 * @param table lines of {@code *HandlerTable.java}
 * @param codec lines of {@code *EventCodec.java}
 * @param module lines of {@code *HeraldModule.java}
 * @param total lines of every generated source file
 */
record GeneratedLines(long files, long table, long codec, long module, long total) {

  static GeneratedLines count(Path generated) throws IOException {
    List<Path> sources;
    try (Stream<Path> files = Files.walk(generated)) {
      sources = files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
    long table = 0;
    long codec = 0;
    long module = 0;
    long total = 0;
    for (Path source : sources) {
      long lines;
      try (Stream<String> text = Files.lines(source)) {
        lines = text.count();
      }
      String name = source.getFileName().toString();
      table += name.endsWith("HandlerTable.java") ? lines : 0;
      codec += name.endsWith("EventCodec.java") ? lines : 0;
      module += name.endsWith("HeraldModule.java") ? lines : 0;
      total += lines;
    }
    return new GeneratedLines(sources.size(), table, codec, module, total);
  }

  /** A sentence for the report: the lines per route (one route per event in the corpus). */
  String sentence(int events) {
    return String.format(
        Locale.ROOT,
        "%nGenerated lines: handler table %,d (%.1f per route), codec %,d (%.1f per event), Dagger"
            + " module %,d; all %d generated files %,d.%n",
        table,
        (double) table / events,
        codec,
        (double) codec / events,
        module,
        files,
        total);
  }
}
